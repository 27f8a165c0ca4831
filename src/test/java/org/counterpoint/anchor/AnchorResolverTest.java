package org.counterpoint.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.TextAnchor;
import org.junit.jupiter.api.Test;

class AnchorResolverTest {
    private static final String TEXT = "Officials said: \"There is no endorsement.\" Later the minister said there is no endorsement either.";

    @Test
    void anAnchorThatStillMatchesIsOk() {
        int s = TEXT.indexOf("There is");
        TextAnchor a = Anchors.create(TEXT, s, s + 24);
        AnchorResolver.Resolution r = AnchorResolver.resolve(TEXT, a);
        assertThat(r.status()).isEqualTo(AnchorStatus.OK);
        assertThat(r.anchor()).isSameAs(a);
    }

    @Test
    void aShiftedTextIsReanchoredToTheSameOccurrence() {
        int s = TEXT.lastIndexOf("there is no endorsement");
        TextAnchor a = Anchors.create(TEXT, s, s + "there is no endorsement".length());
        String edited = "NEW PREAMBLE. " + TEXT;
        AnchorResolver.Resolution r = AnchorResolver.resolve(edited, a);
        assertThat(r.status()).isEqualTo(AnchorStatus.REANCHORED);
        assertThat(r.anchor().start()).isEqualTo(s + 14);
        assertThat(edited.substring(r.anchor().start(), r.anchor().end())).isEqualTo("there is no endorsement");
    }

    @Test
    void prefixAndSuffixChooseBetweenRepeatedQuotes() {
        String text = "A said no endorsement here. B said no endorsement there.";
        int second = text.lastIndexOf("no endorsement");
        TextAnchor a = Anchors.create(text, second, second + 14);
        // move the anchor's range onto the first occurrence's position in a changed text
        String changed = text.replace("A said", "A, the spokesperson, said");
        TextAnchor stale = new TextAnchor(8, 22, a.exact(), a.prefix(), a.suffix());
        AnchorResolver.Resolution r = AnchorResolver.resolve(changed, stale);
        assertThat(r.status()).isEqualTo(AnchorStatus.REANCHORED);
        assertThat(r.anchor().start()).isEqualTo(changed.lastIndexOf("no endorsement"));
    }

    @Test
    void approximateMatchingToleratesTypographyAndLineBreaks() {
        String original = "the ‘ban’ does not apply to private individuals";
        String reextracted = "the 'ban' does not\napply to pri-\nvate individuals";
        TextAnchor a = Anchors.create(original, 0, original.length());
        AnchorResolver.Resolution r = AnchorResolver.resolve(reextracted, a);
        assertThat(r.status()).isEqualTo(AnchorStatus.REANCHORED);
        assertThat(r.anchor().start()).isZero();
        assertThat(r.anchor().end()).isEqualTo(reextracted.length());
    }

    @Test
    void ligaturesMatchTheirLetters() {
        String text = "the ﬁnal oﬃcial statement";
        TextAnchor a = new TextAnchor(0, 5, "final official", "", "");
        AnchorResolver.Resolution r = AnchorResolver.resolve(text, a);
        assertThat(r.status()).isEqualTo(AnchorStatus.REANCHORED);
        assertThat(text.substring(r.anchor().start(), r.anchor().end())).isEqualTo("ﬁnal oﬃcial");
    }

    @Test
    void aQuoteThatIsGoneIsFlaggedAndKeptAsItWas() {
        TextAnchor a = new TextAnchor(3, 10, "vanished words", "pre", "suf");
        AnchorResolver.Resolution r = AnchorResolver.resolve(TEXT, a);
        assertThat(r.status()).isEqualTo(AnchorStatus.FLAGGED);
        assertThat(r.anchor()).isEqualTo(a);
    }

    @Test
    void worksWithTextOutsideTheBmp() {
        String text = "🙂🙂 said 𝒳𝒴 is true";
        int s = text.indexOf("𝒳𝒴");
        TextAnchor a = Anchors.create(text, s, s + 4);
        String shifted = "🙂" + text;
        AnchorResolver.Resolution r = AnchorResolver.resolve(shifted, a);
        assertThat(r.status()).isEqualTo(AnchorStatus.REANCHORED);
        assertThat(shifted.substring(r.anchor().start(), r.anchor().end())).isEqualTo("𝒳𝒴");
        assertThat(r.anchor().start()).isEqualTo(s + 2);
    }
}

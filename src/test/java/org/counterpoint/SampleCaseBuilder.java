package org.counterpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.ingest.ImportedDocument;
import org.counterpoint.io.ProjectWriter;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.task.Progress;

/**
 * Builds the bundled sample case from the article with the app's own importer and anchoring, so
 * every quote is verbatim and every range is right. Run {@link #main} to regenerate
 * {@code assets/samples/hikvision-uk-2023.counterpoint.json}; {@code SampleCaseTest} fails if the
 * committed file and this builder disagree.
 */
public final class SampleCaseBuilder {
    public static final Path SAMPLES = Path.of("assets", "samples");
    public static final Path ARTICLE = SAMPLES.resolve("ipvm-hikvision-uk-endorsement-2023-10-26.txt");
    public static final Path PROJECT = SAMPLES.resolve("hikvision-uk-2023.counterpoint.json");
    private static final Instant WHEN = Instant.parse("2026-11-27T12:00:00Z");
    private static final String ANNOTATOR = "Counterpoint sample";
    private static final String ARTICLE_CITATION = "IPVM, “Hikvision Falsely Claims Security Endorsed By UK Government”, 26 Oct 2023";

    private SampleCaseBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Files.write(PROJECT, bytes());
        System.out.println("wrote " + PROJECT);
    }

    /** The sample project file, byte for byte. */
    public static byte[] bytes() throws Exception {
        return new ProjectWriter().toBytes(build(), PROJECT);
    }

    public static Project build() throws Exception {
        ImportedDocument imported = new DocumentImporter(Clock.fixed(WHEN, ZoneOffset.UTC), Duration.ofMinutes(1))
                .importFile(ARTICLE.toAbsolutePath(), null, Progress.NONE);
        SourceDocument d = imported.document();
        SourceDocument doc = new SourceDocument("doc-ipvm-2023-10-26", d.title(), d.kind(), d.origin(), d.sha256(), d.text(),
                d.pageStarts(), new DocumentMetadata("IPVM", "IPVM", PartialDate.parse("2023-10-26"), ""), WHEN);
        String text = doc.text();
        List<Highlight> hs = new ArrayList<>();

        Provenance hollis = new Provenance("Justin Hollis", "Public Affairs Director, Hikvision UK", PartialDate.parse("2023-10"),
                "Hikvision UK statement, quoted in " + ARTICLE_CITATION);
        Provenance operationsUpdate = new Provenance("Hikvision UK", "Company statement (“Operations Update”)",
                PartialDate.parse("2023-10-24"), "Hikvision UK, “Operations Update”, 24 Oct 2023, quoted in " + ARTICLE_CITATION);
        Provenance hikvisionReported = new Provenance("Hikvision UK", "As reported by IPVM", PartialDate.parse("2023-10"), ARTICLE_CITATION);
        Provenance hatton = new Provenance("Daniel Hatton", "Chief Press Officer, UK Cabinet Office", PartialDate.parse("2023-10"),
                "Statement to IPVM, reported in " + ARTICLE_CITATION);
        Provenance nevilleRolfe = new Provenance("Baroness Neville-Rolfe", "Minister of State, UK Cabinet Office",
                PartialDate.parse("2023-10-25"), "Statement of 25 Oct 2023, quoted in " + ARTICLE_CITATION);
        Provenance government = new Provenance("UK government", "UK Cabinet Office, as confirmed to IPVM", PartialDate.parse("2023-10"),
                ARTICLE_CITATION);
        Provenance devine = new Provenance("Vincent Devine", "Chief Security Officer, UK government", PartialDate.parse("2023-08"),
                "Letter of August 2023, reproduced in " + ARTICLE_CITATION);
        Provenance ipvm = new Provenance("IPVM", "Video surveillance research publication", PartialDate.parse("2023-10-26"), ARTICLE_CITATION);

        Highlight c1 = highlight(hs, doc, "hl-claim-endorses", Role.CLAIM, hollis, text,
                "The Government’s decision endorses the security credentials of Hikvision’s products and adds to a growing consensus "
                        + "around the safety and integrity of Hikvision technology across the UK and Ireland, as well as internationally.",
                "The central claim: that the scope of the sensitive-sites ban amounts to an endorsement.");
        Highlight c2 = highlight(hs, doc, "hl-claim-continue-used", Role.CLAIM, operationsUpdate, text,
                "we welcome the decision to allow our products to continue being used in private and public sector buildings",
                "Presents the ban's limited scope as a new decision in Hikvision's favour.");
        Highlight c3 = highlight(hs, doc, "hl-claim-letter", Role.CLAIM, hikvisionReported, text,
                "Hikvision made the 'endorsement' claim by citing an August 2023 letter from the UK Chief Security Officer Vincent Devine.",
                "The endorsement claim rests on this letter.");

        Highlight r1 = highlight(hs, doc, "hl-rebuttal-no-such-thing", Role.REBUTTAL, hatton, text,
                "There's not really any such thing as an endorsement", "");
        Highlight r2 = highlight(hs, doc, "hl-rebuttal-not-endorsing", Role.REBUTTAL, hatton, text,
                "It's not like the UK government goes around endorsing different companies.", "");
        Highlight r3 = highlight(hs, doc, "hl-rebuttal-in-no-way", Role.REBUTTAL, nevilleRolfe, text,
                "in no way is this an endorsement of the use of such surveillance equipment by these organisations or by organisations in the private sector",
                "Said by the same minister who detailed the ban in September 2023.");
        Highlight r4 = highlight(hs, doc, "hl-rebuttal-ban-continues", Role.REBUTTAL, government, text,
                "the UK government confirmed to IPVM that it continues to ban PRC China surveillance equipment - including Hikvision - "
                        + "from its \"sensitive sites\" since November 2022",
                "The ban has not been lifted or narrowed.");
        Highlight r5 = highlight(hs, doc, "hl-rebuttal-not-reduced", Role.REBUTTAL, hatton, text,
                "We have not reduced [the ban's scope]", "");
        Highlight r6 = highlight(hs, doc, "hl-rebuttal-does-not-apply", Role.REBUTTAL, devine, text,
                "It does not apply to private individuals or businesses or other public authorities (outside the central government estate) "
                        + "and was not intended to be relied upon by such persons in relation to their own use of visual surveillance equipment.",
                "The policy never covered these buildings, so there was no decision to \"allow\" anything.");
        Highlight r7 = highlight(hs, doc, "hl-rebuttal-no-endorsement-in-letter", Role.REBUTTAL, ipvm, text,
                "the letter contains no endorsement", "");
        Highlight r8 = highlight(hs, doc, "hl-rebuttal-no-ban-request", Role.REBUTTAL, devine, text,
                "The policy did not respond to any specific request for a ‘ban’ on the use of Hikvision products", "");

        highlight(hs, doc, "hl-context-disclosed", Role.CONTEXT, ipvm, text,
                "In a letter to partners, Hikvision did disclose this.", "Hikvision's partner letter did mention the ban.");
        highlight(hs, doc, "hl-context-67-sites", Role.CONTEXT, ipvm, text,
                "The ban impacts 67+ facilities, including Buckingham Palace, the Parliaments of England, Scotland, and Wales, "
                        + "the UK's top intelligence and military facilities, nuclear power stations, and more.", "");
        highlight(hs, doc, "hl-context-no-response", Role.CONTEXT, ipvm, text,
                "Hikvision did not respond to comment requests from IPVM.", "");

        List<Comparison> comparisons = List.of(
                new Comparison("cmp-endorsement", "Does the UK government endorse the security of Hikvision’s products?",
                        List.of(c1.id()), List.of(r1.id(), r2.id(), r3.id()), Verdict.FALSE,
                        "UK officials deny on the record that there is any endorsement.",
                        "Both the Cabinet Office's Chief Press Officer and the Minister of State reject the idea of an endorsement.", 0),
                new Comparison("cmp-continue-used", "Did the government decide to allow Hikvision products in public sector buildings?",
                        List.of(c2.id()), List.of(r4.id(), r5.id(), r6.id()), Verdict.MISLEADING,
                        "The sensitive-sites ban stands; other buildings were never covered by it.",
                        "The ban's scope is limited to the central government estate; nothing was newly allowed.", 1),
                new Comparison("cmp-letter", "Does the August 2023 letter endorse Hikvision?",
                        List.of(c3.id()), List.of(r7.id(), r8.id()), Verdict.FALSE,
                        "The letter only describes the policy's scope.",
                        "The letter says whom the policy does not apply to; it says nothing about the products' security.", 2));

        return new Project("Hikvision UK “endorsement” claim, October 2023",
                "Hikvision UK said the UK government endorses the security credentials of its products; UK officials denied it. "
                        + "The sample case of Counterpoint, built from IPVM's public article of 26 October 2023.",
                ANNOTATOR, List.of(doc), hs, comparisons, WHEN, WHEN);
    }

    private static Highlight highlight(List<Highlight> into, SourceDocument doc, String id, Role role, Provenance provenance, String text,
                                       String quote, String note) {
        int start = text.indexOf(quote);
        if (start < 0 || text.indexOf(quote, start + 1) >= 0) {
            throw new IllegalStateException("quote not found exactly once in the article: " + quote);
        }
        Highlight h = new Highlight(id, doc.id(), role, List.of(), Anchors.create(text, start, start + quote.length()), null, "",
                note, provenance, ANNOTATOR, WHEN, WHEN, AnchorStatus.OK);
        into.add(h);
        return h;
    }
}

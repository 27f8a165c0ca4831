package org.counterpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImporterTest {
    @TempDir
    Path dir;

    private SourceDocument importFixture() throws Exception {
        Path file = dir.resolve("saved-article.html");
        try (var in = HtmlImporterTest.class.getResourceAsStream("saved-article.html")) {
            Files.copy(in, file);
        }
        return new DocumentImporter().importFile(file, null, Progress.NONE).document();
    }

    @Test
    void keepsTheArticleAndDropsTheSiteFurniture() throws Exception {
        SourceDocument doc = importFixture();
        String text = doc.text();
        assertThat(doc.kind()).isEqualTo(DocumentKind.HTML);
        assertThat(text).startsWith("Council restricts camera purchases\n\n");
        assertThat(text).contains("A council spokesperson said the decision “does not endorse any particular supplier” and applies only to new purchases.");
        assertThat(text).contains("\n\nWe have not changed the rules for existing equipment.\n\n");
        assertThat(text).as("a non-breaking space reads as a space").contains("Opposition members called the measure overdue.");
        assertThat(text).contains("First point of the policy.\n\nSecond point of the policy.");
        assertThat(text).doesNotContain("Home", "Sport", "cookies", "Related stories", "All rights reserved", "Share on social media",
                "tracking", "font-family");
    }

    @Test
    void readsWhatThePageSaysAboutItself() throws Exception {
        SourceDocument doc = importFixture();
        assertThat(doc.title()).isEqualTo("Council restricts camera purchases");
        assertThat(doc.metadata().publisher()).isEqualTo("Example Gazette");
        assertThat(doc.metadata().author()).isEqualTo("Example Gazette newsroom");
        assertThat(doc.metadata().published()).isEqualTo(PartialDate.parse("2023-11-02"));
        assertThat(doc.metadata().url()).isEqualTo("https://news.example.org/council-cameras");
    }

    @Test
    void aPageWithNoArticleTextIsRefusedWithAReason() throws Exception {
        Path file = dir.resolve("app.html");
        Files.writeString(file, "<html><head><title>App</title><script>render()</script></head><body><div id=root></div></body></html>");
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class,
                () -> new DocumentImporter().importFile(file, null, Progress.NONE));
        assertThat(e).hasMessageContaining("app.html has no readable article text");
    }
}

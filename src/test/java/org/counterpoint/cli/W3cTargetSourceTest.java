package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpoint.io.ProjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W3cTargetSourceTest {
    @TempDir
    Path dir;

    private static String annotation(String source) {
        return """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
                 "target": {"source": %s, "selector": {"type": "TextQuoteSelector", "exact": "official statement"}}}
                """.formatted(source);
    }

    @Test
    void aTargetWhoseSourceIsNotTextIsRefusedWithASentenceAndMakesNoStandIn() throws Exception {
        Path text = dir.resolve("statement.txt");
        Files.writeString(text, "An official statement.\n");
        Path project = dir.resolve("case.counterpoint.json");
        assertThat(CliTest.run("import", text.toString(), "--into", project.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(project);
        for (String source : new String[] {"12", "{\"id\": 12}", "[\"a.pdf\"]", "true"}) {
            Path w3c = dir.resolve("bad.jsonld");
            Files.writeString(w3c, annotation(source));
            CliTest.Run r = CliTest.run("import", w3c.toString(), "--into", project.toString());
            assertThat(r.code()).as(source).isEqualTo(ExitCodes.INPUT_REFUSED);
            assertThat(r.err().strip()).as(source).startsWith("error: bad.jsonld: the annotation “urn:x:1” names its source as ")
                    .endsWith("which is not the address of a document; a target's \"source\" must be a text such as \"urn:sha256:…\" or a file name.")
                    .doesNotContain("Exception");
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
        }
        assertThat(new ProjectReader().read(project).project().documents()).extracting(d -> d.origin().fileName()).containsExactly("statement.txt");
        Path good = dir.resolve("good.jsonld");
        Files.writeString(good, annotation("\"statement.txt\""));
        assertThat(CliTest.run("import", good.toString(), "--into", project.toString()).code()).isZero();
    }
}

package org.counterpoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of the README's architecture table, enforced. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.counterpoint");
    }

    @Test
    void theModelIsPureJava() {
        noClasses().that().resideInAPackage("org.counterpoint.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.counterpoint.model..", "java..")
                .because("the model is plain Java: no JavaFX, no PDFBox, no Jackson")
                .check(classes);
    }

    @Test
    void nothingOutsideTheUiUsesTheUi() {
        noClasses().that().resideOutsideOfPackage("org.counterpoint.ui..").and().doNotHaveFullyQualifiedName("org.counterpoint.Launcher")
                .should().dependOnClassesThat().resideInAPackage("org.counterpoint.ui..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.counterpoint.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void eachLayerImportsOnlyWhatTheTableAllows() {
        layer("anchor", "model");
        layer("task");
        layer("io", "model", "anchor");
        layer("pdf", "model", "anchor", "task");
        layer("ingest", "model", "anchor", "pdf", "io", "task");
        layer("typeset", "model", "anchor", "pdf", "io", "task");
        layer("interchange", "model", "anchor", "pdf", "io", "typeset", "task");
        layer("export", "model", "anchor", "pdf", "io", "typeset", "interchange", "task");
        layer("search", "model", "anchor", "io", "task");
        layer("cli", "model", "anchor", "pdf", "io", "ingest", "typeset", "interchange", "export", "search", "task");
    }

    @Test
    void eachLibraryStaysInItsPackages() {
        libraryStaysIn("org.apache.pdfbox..", "pdf", "typeset", "interchange", "export");
        libraryStaysIn("com.fasterxml.jackson..", "io", "interchange", "export", "cli");
        libraryStaysIn("org.jsoup..", "ingest");
        libraryStaysIn("picocli..", "cli");
        libraryStaysIn("org.apache.lucene..", "search");
        libraryStaysIn("org.apache.poi..", "export");
        libraryStaysIn("org.sqlite..", "interchange");
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.counterpoint.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void aScreenNeverUsesAnotherScreen() {
        slices().matching("org.counterpoint.ui.(*)..").should().notDependOnEachOther().check(classes);
    }

    private static void libraryStaysIn(String library, String... layers) {
        String[] packages = new String[layers.length];
        for (int i = 0; i < layers.length; i++) {
            packages[i] = "org.counterpoint." + layers[i] + "..";
        }
        noClasses().that().resideOutsideOfPackages(packages)
                .should().dependOnClassesThat().resideInAPackage(library)
                .because(library + " is used only in " + String.join(", ", layers))
                .allowEmptyShould(true)
                .check(classes);
    }

    private static void layer(String name, String... allowed) {
        String[] packages = new String[allowed.length + 1];
        packages[0] = "org.counterpoint." + name + "..";
        for (int i = 0; i < allowed.length; i++) {
            packages[i + 1] = "org.counterpoint." + allowed[i] + "..";
        }
        noClasses().that().resideInAPackage("org.counterpoint." + name + "..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another Counterpoint layer",
                        c -> c.getPackageName().startsWith("org.counterpoint") && !inAny(c.getPackageName(), packages)))
                .allowEmptyShould(true)
                .check(classes);
    }

    private static boolean inAny(String pkg, String[] patterns) {
        for (String p : patterns) {
            String base = p.substring(0, p.length() - 2);
            if (pkg.equals(base) || pkg.startsWith(base + ".")) {
                return true;
            }
        }
        return false;
    }
}

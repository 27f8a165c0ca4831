package org.counterpoint.ui;

import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.counterpoint.export.ExportFormat;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.edit.PresentationEdits;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/** The Export menu: every format the export command writes, and the options the exports share. */
final class ExportMenu {
    private final MainViewModel vm;
    private final Runnable beforeExport;

    /**
     * @param beforeExport commits what is being typed (the inspector's field), so the export has it
     */
    ExportMenu(MainViewModel vm, Runnable beforeExport) {
        this.vm = vm;
        this.beforeExport = beforeExport;
    }

    Menu build() {
        Menu export = new Menu("E_xport");
        CheckMenuItem onlyFiltered = new CheckMenuItem("Only Highlights the _Filter Shows");
        onlyFiltered.selectedProperty().bindBidirectional(vm.exports().onlyFilteredProperty());
        CheckMenuItem flatten = new CheckMenuItem("_Flatten Annotated PDFs (for printing)");
        flatten.selectedProperty().bindBidirectional(vm.exports().flattenProperty());
        MenuItem annotated = item("_Annotated PDF of This Document…", "Shortcut+E", ExportFormat.ANNOTATED_PDF, false);
        annotated.setGraphic(Icons.of(MaterialDesignE.EXPORT_VARIANT));
        List<MenuItem> formats = List.of(annotated,
                item("Annotated PDFs of All Documents…", null, ExportFormat.ANNOTATED_PDF, true),
                item("Comparison _Report (PDF)…", "Shortcut+Shift+E", ExportFormat.REPORT, true),
                item("_Slide Deck (PDF)…", null, ExportFormat.SLIDES, true),
                item("_PowerPoint Slides…", null, ExportFormat.PPTX, true),
                item("_XFDF for This Document…", null, ExportFormat.XFDF, false),
                item("_W3C Web Annotations (JSON-LD)…", null, ExportFormat.W3C, true),
                item("_ClaimReview (JSON-LD)…", null, ExportFormat.CLAIMREVIEW, true),
                item("C_SV Spreadsheet…", null, ExportFormat.CSV, true),
                item("_Markdown Report…", null, ExportFormat.MARKDOWN, true));
        formats.forEach(i -> i.disableProperty().bind(vm.status().busyProperty()));
        export.getItems().addAll(formats.subList(0, 3));
        export.getItems().add(new SeparatorMenuItem());
        export.getItems().addAll(formats.subList(3, 5));
        export.getItems().add(perComparison());
        export.getItems().add(new SeparatorMenuItem());
        export.getItems().addAll(formats.subList(5, formats.size()));
        export.getItems().addAll(new SeparatorMenuItem(), onlyFiltered, flatten, WorkflowMenus.keepActiveContent(vm));
        return export;
    }

    /** One slide per comparison (claim's page beside the rebuttal's) instead of one per step; kept in the project, undoable. */
    private CheckMenuItem perComparison() {
        CheckMenuItem item = new CheckMenuItem("Slides: One per _Comparison");
        Runnable follow = () -> item.setSelected(vm.project().presentation().grouping() == PresentationSettings.SlideGrouping.PER_COMPARISON);
        follow.run();
        vm.projectProperty().addListener((o, a, b) -> follow.run());
        item.setOnAction(e -> {
            PresentationSettings.SlideGrouping grouping = item.isSelected()
                    ? PresentationSettings.SlideGrouping.PER_COMPARISON : PresentationSettings.SlideGrouping.PER_STEP;
            vm.apply(PresentationEdits.setSettings(vm.project().presentation().withGrouping(grouping), vm.services().clock().instant()));
            follow.run();
        });
        return item;
    }

    private MenuItem item(String text, String accelerator, ExportFormat format, boolean allDocuments) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> {
            beforeExport.run();
            vm.exports().export(format, allDocuments);
        });
        return item;
    }
}

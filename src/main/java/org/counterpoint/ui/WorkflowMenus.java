package org.counterpoint.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** The menu entries of the file, import and export workflows that the main window's menus take in. */
final class WorkflowMenus {
    private WorkflowMenus() {
    }

    /** File › Import Annotations: annotation files (XFDF, W3C, Hypothesis JSON) or a Zotero library. */
    static Menu importAnnotations(MainViewModel vm) {
        Menu menu = new Menu("Import _Annotations");
        menu.getItems().addAll(item("From _Files (XFDF, W3C, Hypothesis)…", vm.imports()::importAnnotationFiles),
                item("From _Zotero…", vm.zotero()::importFromZotero));
        return menu;
    }

    /** Export › Keep Scripts and Actions of the Source: off by default, so annotated PDFs are stripped of them. */
    static CheckMenuItem keepActiveContent(MainViewModel vm) {
        CheckMenuItem keep = new CheckMenuItem("_Keep Scripts and Actions of the Source");
        keep.selectedProperty().bindBidirectional(vm.exports().keepActiveContentProperty());
        return keep;
    }

    /** File › Project Properties…: title, author, description and where the fact checks are published. */
    static MenuItem projectProperties(MainViewModel vm) {
        return item("Project _Properties…", () -> ProjectProperties.edit(vm.services(), vm.editor()));
    }

    static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}

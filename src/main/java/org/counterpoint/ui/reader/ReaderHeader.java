package org.counterpoint.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Above the reader's text: the document's title, what it says about itself, and the buttons that mark the selection. */
final class ReaderHeader extends VBox {
    private final MainViewModel vm;
    private final Consumer<Role> mark;
    private final Label title = new Label();
    private final Label details = new Label();

    ReaderHeader(MainViewModel vm, Consumer<Role> mark) {
        super(6);
        this.vm = vm;
        this.mark = mark;
        title.getStyleClass().add("reader-title");
        title.setMinWidth(0);
        details.setMinWidth(0);
        details.getStyleClass().add("reader-details");
        HBox buttons = new HBox(8, markButton(Role.CLAIM, "Ctrl+1"), markButton(Role.REBUTTAL, "Ctrl+2"),
                markButton(Role.CONTEXT, "Ctrl+3"));
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("mark-buttons");
        // title above, buttons below: both stay readable however narrow the reader is
        getChildren().addAll(title, details, buttons);
        setPadding(new Insets(8, 12, 8, 12));
        getStyleClass().add("reader-header");
    }

    void showNothing() {
        title.setText("Reader");
        title.setGraphic(null);
        details.setText("");
    }

    void show(SourceDocument d) {
        title.setText(d.title().isBlank() ? d.origin().fileName() : d.title());
        title.setGraphic(Icons.of(switch (d.kind()) {
            case PDF -> MaterialDesignF.FILE_PDF_BOX;
            case HTML -> MaterialDesignW.WEB;
            case TEXT -> MaterialDesignF.FILE_DOCUMENT_OUTLINE;
        }));
        details.setText(describe(d));
    }

    private Button markButton(Role role, String shortcut) {
        Button b = new Button(role.label(), RoleStyle.icon(role));
        b.getStyleClass().addAll("mark-button", RoleStyle.styleClass(role));
        b.setTooltip(new Tooltip("Mark the selected text as " + role.label().toLowerCase() + " (" + shortcut + ")"));
        b.setAccessibleText("Mark selection as " + role.label());
        b.setFocusTraversable(false);
        b.setOnAction(e -> mark.accept(role));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(vm.documentIdProperty().isNull());
        return b;
    }

    private static String describe(SourceDocument d) {
        if (d.isStandIn()) {
            return "waiting for its source" + (d.origin().fileName().isBlank() ? "" : " · " + d.origin().fileName());
        }
        List<String> parts = new ArrayList<>();
        if (!d.metadata().author().isBlank()) {
            parts.add(d.metadata().author());
        }
        if (!d.metadata().publisher().isBlank()) {
            parts.add(d.metadata().publisher());
        }
        if (d.metadata().published() != null) {
            parts.add(d.metadata().published().display());
        }
        parts.add(d.kind() == org.counterpoint.model.DocumentKind.PDF ? d.pageCount() + (d.pageCount() == 1 ? " page" : " pages") : d.kind().id());
        if (!d.origin().fileName().isBlank()) {
            parts.add(d.origin().fileName());
        }
        return String.join(" · ", parts);
    }
}

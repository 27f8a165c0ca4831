package org.counterpoint.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Attribution;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.QuoteDrag;
import org.counterpoint.ui.ReadingQuotes;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** A quote on the board: its words, who said it and where, a flag if it needs checking; click, drag, or unlink it. */
final class QuoteCard {
    private QuoteCard() {
    }

    /** Builds the card of a quote in a comparison; {@code built} collects it, so its selection can be restyled. */
    static Node build(MainViewModel vm, QuoteDrag drag, Project p, Comparison c, Highlight h, Map<String, List<Node>> built) {
        Label quote = new Label(h.isArea() ? "[Area on page " + h.area().pageNumber() + "]" : "“" + ReadingQuotes.of(p, h) + "”");
        quote.setWrapText(true);
        quote.getStyleClass().add("quote-text");
        Label meta = new Label(Attribution.line(p, h));
        meta.setWrapText(true);
        meta.getStyleClass().add("quote-meta");
        VBox card = new VBox(4, quote, meta);
        if (h.isFlagged()) {
            boolean waits = p.document(h.documentId()).map(SourceDocument::isStandIn).orElse(false);
            Label flag = new Label(waits ? "The quote waits for its source to be imported." : "The quote no longer matches its document; review it.",
                    Icons.of(MaterialDesignA.ALERT_OUTLINE));
            flag.getStyleClass().add("flag-note");
            flag.setWrapText(true);
            card.getChildren().add(flag);
        }
        card.getStyleClass().addAll("quote-card", RoleStyle.styleClass(h.role()));
        card.setUserData(h.id());
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleHelp("Enter shows it in its document; Delete unlinks it from the comparison.");
        card.setAccessibleText(h.role().label() + " by " + (h.provenance().speaker().isBlank() ? "an unknown speaker" : h.provenance().speaker())
                + ": " + Text.abbreviate(ReadingQuotes.of(p, h), 200));
        Tooltip.install(card, new Tooltip("Click to show it in its document. Drag to move it, or to the bottom strip to unlink it."));
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                vm.selectComparison(c.id());
                vm.revealHighlight(h.id());
                e.consume();
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.selectComparison(c.id());
                vm.revealHighlight(h.id());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.editor().unlink(c.id(), h.id());
                e.consume();
            }
        });
        card.setOnDragDetected(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                drag.start(h.id(), c.id());
                card.startFullDrag();
                e.consume();
            }
        });
        MenuItem show = new MenuItem("Show in Document");
        show.setOnAction(e -> vm.revealHighlight(h.id()));
        MenuItem unlink = new MenuItem("Unlink from This Comparison", Icons.of(MaterialDesignL.LINK_VARIANT_OFF));
        unlink.setOnAction(e -> vm.editor().unlink(c.id(), h.id()));
        ContextMenu menu = new ContextMenu(show, unlink);
        card.setOnContextMenuRequested(e -> {
            vm.selectComparison(c.id());
            vm.selectHighlight(h.id());
            menu.show(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        built.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(card);
        return card;
    }
}

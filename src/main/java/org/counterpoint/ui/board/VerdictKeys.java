package org.counterpoint.ui.board;

import javafx.geometry.Side;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Verdict;
import org.counterpoint.ui.MainViewModel;

/**
 * The verdict between a row's claims and rebuttals, chosen from the keyboard: Tab reaches it after the
 * claims, Up and Down step to the previous or next verdict, and Enter or Space opens the list of verdicts.
 * Each choice is one undoable edit, "Set Verdict", as in the inspector.
 */
final class VerdictKeys {
    private VerdictKeys() {
    }

    static void install(MainViewModel vm, Comparison c, Region box) {
        box.setFocusTraversable(true);
        box.setUserData(c.id());
        box.setAccessibleRole(AccessibleRole.COMBO_BOX);
        box.setAccessibleHelp("Up and Down choose the previous or next verdict; Enter or Space lists them all.");
        Tooltip.install(box, new Tooltip("Verdict: Up and Down choose another, Enter lists them all"));
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                Verdict[] all = Verdict.values();
                int step = e.getCode() == KeyCode.DOWN ? 1 : -1;
                set(vm, c, all[(c.verdict().ordinal() + step + all.length) % all.length], box.getScene());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                menu(vm, c, box).show(box, Side.BOTTOM, 0, 0);
                e.consume();
            }
        });
        box.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && e.isStillSincePress()) {
                vm.selectComparison(c.id());
                menu(vm, c, box).show(box, Side.BOTTOM, 0, 0);
                e.consume();
            }
        });
    }

    /** The list of verdicts, the current one checked; arrows move through it and Enter chooses. */
    static ContextMenu menu(MainViewModel vm, Comparison c, Node box) {
        ContextMenu menu = new ContextMenu();
        ToggleGroup group = new ToggleGroup();
        for (Verdict v : Verdict.values()) {
            RadioMenuItem item = new RadioMenuItem(v.label());
            item.setToggleGroup(group);
            item.setSelected(v == c.verdict());
            item.setOnAction(e -> set(vm, c, v, box.getScene()));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static void set(MainViewModel vm, Comparison shown, Verdict v, Scene scene) {
        Comparison c = vm.project().comparison(shown.id()).orElse(null);
        if (c == null || v == c.verdict()) {
            return;
        }
        vm.selectComparison(c.id());
        vm.editor().updateComparison(c.withVerdict(v, c.verdictText()), "Set Verdict");
        // the row is built again for the new verdict: the focus goes on to its verdict, so the arrows keep working
        if (scene != null) {
            scene.getRoot().lookupAll(".verdict").stream().filter(n -> c.id().equals(n.getUserData())).findFirst()
                    .ifPresent(Node::requestFocus);
        }
    }
}

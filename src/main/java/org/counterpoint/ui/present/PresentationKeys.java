package org.counterpoint.ui.present;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The keys of the live mode, on the audience screen and the presenter view alike. */
final class PresentationKeys {
    /** The help overlay's table: keys, then what they do. */
    static final String[][] HELP = {
        {"→  Space  Page Down", "Next step"},
        {"←  Page Up", "Previous step"},
        {"Home  End", "First step, last step"},
        {"2  Enter", "Go to comparison 2 (any number)"},
        {"Z  or a click on a quote", "Show the quote in its source; again to return"},
        {"S", "The claim's source beside the rebuttal's"},
        {"Tab  Shift+Tab", "Choose the quote Z shows"},
        {"B  W", "Black screen, white screen; again to return"},
        {"N", "Presenter's notes on this screen"},
        {"T", "Light or dark theme"},
        {"P", "Presenter view in a window (to rehearse on one screen)"},
        {"F1", "This help"},
        {"Esc", "Close what is open; else leave the presentation"},
    };

    private PresentationKeys() {
    }

    /** What the presentation's windows must do after a key. */
    enum After { STAY, LEAVE, TOGGLE_PRESENTER }

    /** Acts on a key; LEAVE when it was Esc with nothing open. */
    static After handle(KeyEvent e, PresentationViewModel vm) {
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            String t = e.getText();
            int digit = t != null && t.length() == 1 && Character.isDigit(t.charAt(0)) ? t.charAt(0) - '0' : digitOf(code);
            if (digit >= 0) {
                vm.typeDigit(digit);
                e.consume();
                return After.STAY;
            }
        }
        switch (code) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN -> vm.next();
            case LEFT, PAGE_UP, UP -> vm.previous();
            case BACK_SPACE -> {
                if (vm.typedProperty().get().isEmpty()) {
                    vm.previous();
                } else {
                    vm.deleteDigit();
                }
            }
            case HOME -> vm.home();
            case END -> vm.end();
            case ENTER -> {
                if (!vm.enter()) {
                    vm.next();
                }
            }
            case B, PERIOD -> vm.toggleCover(PresentationViewModel.Cover.BLACK);
            case W, COMMA -> vm.toggleCover(PresentationViewModel.Cover.WHITE);
            case Z -> vm.toggleCallout();
            case S -> vm.toggleSideBySide();
            case TAB -> vm.focusNextQuote(e.isShiftDown());
            case N -> vm.toggleNotes();
            case T -> vm.toggleTheme();
            case F1 -> vm.toggleHelp();
            case P -> {
                e.consume();
                return After.TOGGLE_PRESENTER;
            }
            case ESCAPE -> {
                e.consume();
                return vm.escape() ? After.STAY : After.LEAVE;
            }
            default -> {
                return After.STAY;
            }
        }
        e.consume();
        return After.STAY;
    }

    private static int digitOf(KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }
}

package org.counterpoint.ui;

import javafx.scene.paint.Color;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * How roles and verdicts look. Each role has an icon and a line style as well as a colour, so
 * roles stay distinguishable for readers who cannot tell the colours apart.
 */
public final class RoleStyle {
    private RoleStyle() {
    }

    /** The CSS class on highlighted text and on quote cards: hl-claim, hl-rebuttal, hl-context. */
    public static String styleClass(Role role) {
        return "hl-" + role.id();
    }

    public static Ikon ikon(Role role) {
        return switch (role) {
            case CLAIM -> MaterialDesignB.BULLHORN_OUTLINE;
            case REBUTTAL -> MaterialDesignS.SHIELD_CHECK_OUTLINE;
            case CONTEXT -> MaterialDesignI.INFORMATION_OUTLINE;
        };
    }

    public static FontIcon icon(Role role) {
        FontIcon icon = new FontIcon(ikon(role));
        icon.setIconColor(color(role));
        icon.getStyleClass().add("role-icon");
        return icon;
    }

    public static Color color(Role role) {
        return Color.web(role.defaultColor());
    }

    /** The colour of a highlight: its own if set, otherwise its role's. */
    public static Color color(Role role, String custom) {
        if (custom != null && !custom.isEmpty()) {
            try {
                return Color.web(custom);
            } catch (IllegalArgumentException ignored) {
                // fall back to the role's colour
            }
        }
        return color(role);
    }

    public static Ikon ikon(Verdict verdict) {
        return switch (verdict) {
            case FALSE -> MaterialDesignC.CLOSE_OCTAGON_OUTLINE;
            case MISLEADING -> MaterialDesignA.ALERT_OUTLINE;
            case UNSUPPORTED -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
            case ACCURATE -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case UNDETERMINED -> MaterialDesignS.SCALE_BALANCE;
        };
    }

    public static String styleClass(Verdict verdict) {
        return "verdict-" + verdict.id();
    }
}

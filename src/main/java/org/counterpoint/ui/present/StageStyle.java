package org.counterpoint.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Verdict;
import org.kordamp.ikonli.javafx.FontIcon;

/** The stage's type, colours, labels and icons, shared by the stage, its callouts and the presenter's thumbnails. */
final class StageStyle {
    private StageStyle() {
    }

    static Font font(double size, boolean bold) {
        return Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /** The width of one line of {@code text} in {@code font}. */
    static double measureWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    static String verdictColor(Verdict v) {
        return switch (v) {
            case FALSE -> "#D55E00";
            case MISLEADING -> "#CC79A7";
            case UNSUPPORTED -> "#8A8A8A";
            case ACCURATE -> "#009E73";
            case UNDETERMINED -> "#8A8A8A";
        };
    }

    /** "Justin Hollis, Public Affairs Director, Hikvision UK · Oct 2023". */
    static String attribution(Highlight h) {
        var p = h.provenance();
        List<String> parts = new ArrayList<>();
        String who = p.speaker().isBlank() ? p.affiliation() : p.affiliation().isBlank() ? p.speaker() : p.speaker() + ", " + p.affiliation();
        if (!who.isBlank()) {
            parts.add(who);
        }
        if (p.statedOn() != null) {
            parts.add(p.statedOn().display());
        }
        return parts.isEmpty() ? "" : "— " + String.join(" · ", parts);
    }

    static Label label(String s, Font f, String color) {
        Label l = new Label(s);
        l.setFont(f);
        l.setTextFill(Color.web(color));
        return l;
    }

    static FontIcon icon(org.kordamp.ikonli.Ikon ikon, double size, String color) {
        FontIcon icon = new FontIcon(ikon);
        // inline, so the theme's size for icons in menus and lists does not win; with the icon font named,
        // because a size set in CSS rebuilds the font from the family CSS knows
        long px = Math.max(1, Math.round(size));
        icon.setStyle("-fx-font-family: '" + iconFamily(ikon) + "'; -fx-font-size: " + px + "px; -fx-icon-size: " + px
                + "px; -fx-icon-color: " + color + ";");
        return icon;
    }

    private static final java.util.Map<String, String> ICON_FAMILIES = new java.util.HashMap<>();

    /** The font family of an icon pack, as the icon has it once styled. */
    private static String iconFamily(org.kordamp.ikonli.Ikon ikon) {
        return ICON_FAMILIES.computeIfAbsent(ikon.getClass().getName(), k -> {
            FontIcon probe = new FontIcon(ikon);
            new javafx.scene.Scene(new javafx.scene.Group(probe));
            probe.applyCss();
            return probe.getFont().getFamily();
        });
    }

    static Background fill(String color, double radius) {
        return new Background(new BackgroundFill(Color.web(color), new CornerRadii(radius), null));
    }
}

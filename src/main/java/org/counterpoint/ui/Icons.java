package org.counterpoint.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from the bundled icon font; nothing is fetched at run time. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}

package org.counterpoint.ui.present;

import static org.counterpoint.ui.present.StageStyle.attribution;
import static org.counterpoint.ui.present.StageStyle.fill;
import static org.counterpoint.ui.present.StageStyle.font;
import static org.counterpoint.ui.present.StageStyle.icon;
import static org.counterpoint.ui.present.StageStyle.label;
import static org.counterpoint.ui.present.StageStyle.verdictColor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PresentationStep;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out one step for a stage of a given size: the question, the quotes as cards (claims on the
 * left, rebuttals on the right), the verdict. Every size is a multiple of one unit that follows the
 * smaller side of the stage, so the same step reads the same on a projector, a laptop and a thumbnail.
 * Quotes shrink to a minimum size and are then cut with a visible mark, never silently.
 */
final class StageContent {
    /** The style class and property that identify a quote card, for the callout click and for tests. */
    static final String QUOTE_CLASS = "present-quote";
    static final String HIGHLIGHT_ID = "highlightId";
    static final String CUT_CLASS = "present-cut-mark";

    static final double QUOTE_MAX = 46;
    static final double QUOTE_MIN = 28;

    private final Project project;
    private final PresentationTheme theme;
    private final double u;
    private final double width;
    private final double height;
    private final Consumer<String> onQuoteClicked;
    private final Text measurer = new Text();

    /**
     * @param onQuoteClicked receives the id of a clicked quote; null for a thumbnail that takes no clicks
     */
    StageContent(Project project, PresentationTheme theme, double width, double height, Consumer<String> onQuoteClicked) {
        this.project = project;
        this.theme = theme;
        this.width = width;
        this.height = height;
        this.u = Math.min(width / 1920, height / 1080);
        this.onQuoteClicked = onQuoteClicked;
    }

    double unit() {
        return u;
    }

    /** The height of {@code text} wrapped at {@code wrap} in {@code font}. */
    double measure(String text, Font font, double wrap) {
        measurer.setText(text);
        measurer.setFont(font);
        measurer.setWrappingWidth(wrap);
        measurer.setLineSpacing(0);
        return measurer.getLayoutBounds().getHeight();
    }

    Node build(PresentationViewModel.Position p, String focusedId) {
        Comparison c = p.comparison();
        PresentationStep step = p.step();
        double padH = 72 * u;
        double padV = 44 * u;
        double inner = width - 2 * padH;
        VBox root = new VBox();
        root.setPadding(new Insets(padV, padH, padV, padH));
        root.setPrefSize(width, height);
        root.setMinSize(width, height);
        root.setMaxSize(width, height);
        root.setBackground(fill(theme.background(), 0));
        root.getStyleClass().add("present-stage-content");

        Node header = header(p);
        double headerH = 52 * u;
        double left = height - 2 * padV - headerH;
        root.getChildren().add(header);

        if (step.kind() == PresentationStep.Kind.QUESTION) {
            root.getChildren().add(question(c, inner, left));
            return root;
        }
        Font titleFont = font(40 * u, true);
        Text title = text(c.title(), titleFont, theme.text(), inner);
        title.getStyleClass().add("present-title");
        double titleH = measure(c.title(), titleFont, inner);
        VBox.setMargin(title, new Insets(12 * u, 0, 28 * u, 0));
        root.getChildren().add(title);
        left -= titleH + 40 * u;

        Node verdict = null;
        if (step.verdictShown()) {
            double[] vh = new double[1];
            verdict = verdict(c, inner, vh);
            left -= vh[0] + 28 * u;
        }
        boolean twoSides = !step.rebuttalIds().isEmpty() || step.verdictShown();
        Node body = twoSides ? twoColumns(step, inner, left, focusedId) : column(step.claimIds(), step, Math.min(inner, 1500 * u), left, focusedId);
        HBox bodyBox = new HBox(body);
        bodyBox.setAlignment(Pos.CENTER);
        bodyBox.setPrefHeight(left);
        bodyBox.setMinHeight(left);
        bodyBox.setMaxHeight(left);
        root.getChildren().add(bodyBox);
        if (verdict != null) {
            VBox.setMargin(verdict, new Insets(28 * u, 0, 0, 0));
            root.getChildren().add(verdict);
        }
        return root;
    }

    private Node header(PresentationViewModel.Position p) {
        Circle dot = new Circle(20 * u, Color.web(theme.text()));
        Label number = label(Integer.toString(p.scene().number()), font(22 * u, true), theme.background());
        StackPane badge = new StackPane(dot, number);
        Label where = label("Comparison " + p.scene().number(), font(22 * u, false), theme.muted());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label project = label(this.project.title(), font(20 * u, false), theme.muted());
        project.setMinWidth(0);
        HBox header = new HBox(14 * u, badge, where, spacer, project);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPrefHeight(52 * u);
        header.setMinHeight(52 * u);
        return header;
    }

    private Node question(Comparison c, double inner, double available) {
        double wrap = Math.min(inner, 1500 * u);
        QuoteFit.Result fit = QuoteFit.fit(c.title(), 76 * u, 40 * u, available * 0.7, (s, size) -> measure(s, font(size, true), wrap));
        Text title = text(fit.text(), font(fit.size(), true), theme.text(), wrap);
        title.setTextAlignment(TextAlignment.CENTER);
        title.getStyleClass().add("present-title");
        int claims = c.claimIds().size();
        int rebuttals = c.rebuttalIds().size();
        HBox chips = new HBox(28 * u, chip(Role.CLAIM, claims), chip(Role.REBUTTAL, rebuttals));
        chips.setAlignment(Pos.CENTER);
        VBox box = new VBox(36 * u, title, chips);
        box.setAlignment(Pos.CENTER);
        box.setPrefHeight(available);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node chip(Role role, int count) {
        FontIcon icon = icon(RoleStyle.ikon(role), 30 * u, theme.label(role));
        Label l = label(count + " " + role.label().toLowerCase(java.util.Locale.ROOT) + (count == 1 ? "" : "s"), font(28 * u, false),
                theme.muted());
        HBox chip = new HBox(10 * u, icon, l);
        chip.setAlignment(Pos.CENTER);
        return chip;
    }

    private Node twoColumns(PresentationStep step, double inner, double available, String focusedId) {
        double gutter = 72 * u;
        double colW = (inner - gutter) / 2;
        Node claims = step.claimIds().isEmpty() ? placeholder("No claim in this comparison", colW)
                : column(step.claimIds(), step, colW, available, focusedId);
        Node rebuttals = step.rebuttalIds().isEmpty() ? placeholder("No rebuttal in this comparison", colW)
                : column(step.rebuttalIds(), step, colW, available, focusedId);
        Label vs = label("vs", font(26 * u, true), theme.muted());
        Region top = new Region();
        Region bottom = new Region();
        for (Region r : List.of(top, bottom)) {
            r.setPrefWidth(2 * u);
            r.setMaxWidth(2 * u);
            r.setBackground(fill(theme.rule(), 0));
            VBox.setVgrow(r, Priority.ALWAYS);
        }
        VBox divider = new VBox(10 * u, top, vs, bottom);
        divider.setAlignment(Pos.CENTER);
        divider.setPrefWidth(gutter);
        divider.setMinWidth(gutter);
        HBox row = new HBox(0, claims, divider, rebuttals);
        row.setAlignment(Pos.CENTER);
        row.setPrefHeight(available);
        row.setMaxHeight(available);
        return row;
    }

    private Node placeholder(String text, double w) {
        Label l = label(text, font(24 * u, false), theme.muted());
        l.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, FontPosture.ITALIC, 24 * u));
        StackPane box = new StackPane(l);
        box.setPrefWidth(w);
        box.setMinWidth(w);
        return box;
    }

    private Node column(List<String> ids, PresentationStep step, double colW, double available, String focusedId) {
        double gap = 22 * u;
        List<Highlight> hs = new ArrayList<>();
        for (String id : ids) {
            project.highlight(id).ifPresent(hs::add);
        }
        double room = available - gap * Math.max(0, hs.size() - 1);
        double[] heights = share(hs, step, colW, room);
        VBox col = new VBox(gap);
        col.setAlignment(Pos.CENTER);
        col.setPrefWidth(colW);
        col.setMinWidth(colW);
        col.setMaxWidth(colW);
        for (int i = 0; i < hs.size(); i++) {
            Highlight h = hs.get(i);
            boolean dim = step.kind() == PresentationStep.Kind.REBUTTAL && h.role() == Role.REBUTTAL && !h.id().equals(step.revealedId());
            col.getChildren().add(card(h, colW, heights[i], dim, h.id().equals(focusedId), showSource(h, step, hs.size())));
        }
        return col;
    }

    /** The source line is for the quote a step reveals, or a quote alone in its column; the others keep their speaker. */
    private static boolean showSource(Highlight h, PresentationStep step, int inColumn) {
        return h.id().equals(step.revealedId()) || inColumn == 1 && !step.verdictShown();
    }

    /**
     * Shares a column's height among its cards. When all fit at the smallest type, each gets what it
     * needs there plus a share of the rest, to grow into; when not, the quote the step reveals gets what
     * it needs first (up to 60%), and the others share what is left by need, each keeping a line or two.
     */
    private double[] share(List<Highlight> hs, PresentationStep step, double colW, double room) {
        int n = hs.size();
        double[] overhead = new double[n];
        double[] quote = new double[n];
        double total = 0;
        double quotes = 0;
        double textW = textWidth(colW);
        for (int i = 0; i < n; i++) {
            Highlight h = hs.get(i);
            overhead[i] = overhead(h, textW, showSource(h, step, n));
            quote[i] = measure(quoteText(h), font(QUOTE_MIN * u, false), textW);
            total += overhead[i] + quote[i];
            quotes += quote[i];
        }
        double[] heights = new double[n];
        if (total <= room) {
            double extra = room - total;
            for (int i = 0; i < n; i++) {
                heights[i] = overhead[i] + quote[i] + extra * (quotes == 0 ? 1.0 / n : quote[i] / quotes);
            }
            return heights;
        }
        int revealed = -1;
        for (int i = 0; i < n; i++) {
            if (n > 1 && hs.get(i).id().equals(step.revealedId())) {
                revealed = i;
            }
        }
        double left = room;
        if (revealed >= 0) {
            heights[revealed] = Math.min(overhead[revealed] + quote[revealed], room * 0.6);
            left -= heights[revealed];
        }
        double needOthers = 0;
        for (int i = 0; i < n; i++) {
            if (i != revealed) {
                needOthers += overhead[i] + quote[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (i != revealed) {
                double floor = overhead[i] + QUOTE_MIN * u * 1.3 + 42 * u;
                heights[i] = Math.max(floor, left * (overhead[i] + quote[i]) / needOthers);
            }
        }
        return heights;
    }

    private double textWidth(double w) {
        return w - 12 * u - 2 * 22 * u - 2 * u;
    }

    private String quoteText(Highlight h) {
        return h.isArea() ? "An area of page " + h.area().pageNumber() + " (press Z to see it)"
                : "“" + org.counterpoint.ui.ReadingQuotes.of(project, h).strip() + "”";
    }

    /** Everything in a card but its quote: padding, the role badge, the attribution and (if shown) the source. */
    private double overhead(Highlight h, double textW, boolean withSource) {
        String who = attribution(h);
        String source = withSource ? sourceLine(h) : "";
        double whoH = who.isEmpty() ? 0 : measure(who, font(22 * u, false), textW);
        double sourceH = source.isEmpty() ? 0 : measure(source, font(18 * u, false), textW);
        int parts = 2 + (who.isEmpty() ? 0 : 1) + (source.isEmpty() ? 0 : 1);
        return 2 * 22 * u + 34 * u + whoH + sourceH + 12 * u * (parts - 1) + 4 * u;
    }

    /** A quote: its role by a bar (solid for claims, double for rebuttals), an icon and a label, as well as by colour. */
    Node card(Highlight h, double w, double maxH, boolean dim, boolean focused, boolean withSource) {
        double pad = 22 * u;
        double barW = 12 * u;
        double textW = w - barW - 2 * pad - 2 * u;
        Role role = h.role();

        FontIcon icon = icon(RoleStyle.ikon(role), 28 * u, theme.label(role));
        Label roleLabel = label(role.label().toUpperCase(java.util.Locale.ROOT), font(21 * u, true), theme.label(role));
        HBox badge = new HBox(10 * u, icon, roleLabel);
        badge.setAlignment(Pos.CENTER_LEFT);

        String who = attribution(h);
        Font whoFont = font(22 * u, false);
        String source = withSource ? sourceLine(h) : "";
        Font sourceFont = font(18 * u, false);
        double markH = 30 * u + 12 * u;
        double quoteRoom = maxH - overhead(h, textW, withSource);
        String quote = quoteText(h);
        QuoteFit.Measure m = (s, size) -> measure(s, font(size, false), textW);
        QuoteFit.Result fit = QuoteFit.fit(quote, QUOTE_MAX * u, QUOTE_MIN * u, quoteRoom, m);
        if (fit.cut()) {
            // room for the mark: fit again with it reserved
            fit = QuoteFit.fit(quote, QUOTE_MAX * u, QUOTE_MIN * u, quoteRoom - markH, m);
        }
        Text quoteText = text(fit.text(), font(fit.size(), false), theme.text(), textW);
        quoteText.getStyleClass().add("present-quote-text");

        VBox content = new VBox(12 * u, badge, quoteText);
        if (fit.cut()) {
            FontIcon more = icon(org.kordamp.ikonli.materialdesign2.MaterialDesignT.TEXT_SEARCH, 22 * u, theme.muted());
            Label mark = label("Cut to fit: the full quote is in the source (Z)", font(19 * u, true), theme.muted());
            HBox markBox = new HBox(8 * u, more, mark);
            markBox.setAlignment(Pos.CENTER_LEFT);
            markBox.getStyleClass().add(CUT_CLASS);
            content.getChildren().add(markBox);
        }
        if (!who.isEmpty()) {
            content.getChildren().add(text(who, whoFont, theme.text(), textW));
        }
        if (!source.isEmpty()) {
            content.getChildren().add(text(source, sourceFont, theme.muted(), textW));
        }
        content.setPadding(new Insets(pad));
        content.setPrefWidth(w - barW);

        Node bar = roleBar(role, barW);
        HBox card = new HBox(bar, content);
        card.setMaxWidth(w);
        card.setPrefWidth(w);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setBackground(fill(theme.card(), 10 * u));
        BorderStrokeStyle style = focused ? BorderStrokeStyle.DASHED : BorderStrokeStyle.SOLID;
        card.setBorder(new Border(new BorderStroke(Color.web(focused ? theme.text() : theme.rule()), style, new CornerRadii(10 * u),
                new BorderWidths(focused ? 3 * u : 1.5 * u))));
        card.setOpacity(dim ? 0.62 : 1);
        card.getStyleClass().addAll(QUOTE_CLASS, RoleStyle.styleClass(role));
        card.getProperties().put(HIGHLIGHT_ID, h.id());
        card.setAccessibleText(role.label() + ": " + h.quote() + (who.isEmpty() ? "" : ", " + who));
        if (onQuoteClicked != null) {
            card.setCursor(Cursor.HAND);
            card.setOnMouseClicked(e -> onQuoteClicked.accept(h.id()));
        }
        return card;
    }

    /** A solid bar for a claim, a double one for a rebuttal, a dotted one for context: the app's line styles. */
    private Node roleBar(Role role, double w) {
        Pane bar = new Pane();
        bar.setMinWidth(w);
        bar.setPrefWidth(w);
        Color color = Color.web(theme.line(role));
        switch (role) {
            case CLAIM -> bar.setBackground(new Background(new BackgroundFill(color, new CornerRadii(10 * u, 0, 0, 10 * u, false), null)));
            case REBUTTAL -> {
                Region a = new Region();
                Region b = new Region();
                HBox two = new HBox(w * 0.3, a, b);
                for (Region r : List.of(a, b)) {
                    r.setPrefWidth(w * 0.35);
                    r.setMinWidth(w * 0.35);
                    r.setBackground(new Background(new BackgroundFill(color, null, null)));
                }
                two.prefHeightProperty().bind(bar.heightProperty());
                bar.getChildren().add(two);
            }
            case CONTEXT -> bar.setBorder(new Border(new BorderStroke(color, BorderStrokeStyle.DOTTED, null, new BorderWidths(0, 0, 0, w * 0.5))));
        }
        return bar;
    }

    private Node verdict(Comparison c, double inner, double[] heightOut) {
        Verdict v = c.verdict();
        double pad = 22 * u;
        String color = verdictColor(v);
        FontIcon icon = icon(RoleStyle.ikon(v), 64 * u, color);
        Label head = label("VERDICT: " + v.label().toUpperCase(java.util.Locale.ROOT), font(34 * u, true), theme.text());
        double textW = inner - 64 * u - 3 * pad - 12 * u;
        VBox words = new VBox(6 * u, head);
        double h = 42 * u;
        if (!c.verdictText().isBlank()) {
            Font f = font(30 * u, false);
            words.getChildren().add(text(c.verdictText(), f, theme.text(), textW));
            h += 6 * u + measure(c.verdictText(), f, textW);
        }
        HBox box = new HBox(pad, icon, words);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(pad, pad, pad, pad + 12 * u));
        box.setBackground(fill(theme.card(), 10 * u));
        box.setBorder(new Border(new BorderStroke(Color.web(color), BorderStrokeStyle.SOLID, new CornerRadii(10 * u),
                new BorderWidths(3 * u, 3 * u, 3 * u, 12 * u))));
        box.getStyleClass().addAll("present-verdict", RoleStyle.styleClass(v));
        heightOut[0] = Math.max(h, 64 * u) + 2 * pad + 6 * u;
        return box;
    }

    /** The source: the citation if there is one, otherwise the document's title and page. */
    String sourceLine(Highlight h) {
        if (!h.provenance().citation().isBlank()) {
            return "Source: " + h.provenance().citation();
        }
        return project.document(h.documentId()).map(d -> "Source: " + d.title()
                + (d.kind() == org.counterpoint.model.DocumentKind.PDF ? ", " + d.pageCitation(h) : "")).orElse("");
    }

    Text text(String s, Font f, String color, double wrap) {
        Text t = new Text(s);
        t.setFont(f);
        t.setFill(Color.web(color));
        t.setWrappingWidth(wrap);
        return t;
    }
}

package org.counterpoint.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A quote shown in its source, filling the stage: the PDF page zoomed to the highlight with the
 * highlight drawn over its glyphs, or the paragraphs around it in a text source with the quote marked.
 * Two quotes stand side by side, the claim's source next to the rebuttal's.
 */
final class CalloutView extends StackPane {
    static final String PANEL_CLASS = "present-callout-panel";
    static final String PAGE_CLASS = "present-callout-page";
    static final String MARK_CLASS = "present-callout-mark";

    private final List<CalloutLoader.Panel> shown = new ArrayList<>();

    /**
     * @param pixelScale the screen's density (device pixels per layout pixel), so pages render sharp on it
     */
    CalloutView(PresentationViewModel.Callout callout, Project project, CalloutLoader loader, PresentationTheme theme,
                double width, double height, double pixelScale) {
        double u = Math.min(width / 1920, height / 1080);
        double pad = 40 * u;
        double gap = 32 * u;
        int n = callout.highlightIds().size();
        double panelW = (width - 2 * pad - gap * (n - 1)) / n;
        double panelH = height - 2 * pad;
        HBox row = new HBox(gap);
        row.setAlignment(Pos.CENTER);
        row.setPadding(new Insets(pad));
        for (String id : callout.highlightIds()) {
            Highlight h = project.highlight(id).orElse(null);
            SourceDocument doc = h == null ? null : project.document(h.documentId()).orElse(null);
            if (h == null || doc == null) {
                continue;
            }
            row.getChildren().add(panel(h, doc, loader, theme, panelW, panelH, pixelScale, u));
        }
        setBackground(StageStyle.fill(theme.background(), 0));
        getChildren().add(row);
        getStyleClass().add("present-callout");
    }

    /** The panels whose content has arrived, for tests and the benchmark. */
    List<CalloutLoader.Panel> shown() {
        return shown;
    }

    private Node panel(Highlight h, SourceDocument doc, CalloutLoader loader, PresentationTheme theme, double w, double h0,
                       double pixelScale, double u) {
        Role role = h.role();
        FontIcon icon = StageStyle.icon(RoleStyle.ikon(role), 30 * u, theme.label(role));
        Label roleLabel = StageStyle.label(role.label().toUpperCase(java.util.Locale.ROOT), StageStyle.font(22 * u, true), theme.label(role));
        String speaker = h.provenance().speaker();
        Label who = StageStyle.label(speaker.isBlank() ? "" : speaker, StageStyle.font(24 * u, true), theme.text());
        for (Label l : List.of(roleLabel, who)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        String where = doc.title() + (doc.kind() == DocumentKind.PDF ? " · " + doc.pageCitation(h) : "");
        Label source = StageStyle.label(where, StageStyle.font(20 * u, false), theme.muted());
        source.setMinWidth(0);
        HBox.setHgrow(source, Priority.ALWAYS);
        source.setMaxWidth(Double.MAX_VALUE);
        source.setAlignment(Pos.CENTER_RIGHT);
        source.setTooltip(new javafx.scene.control.Tooltip(where));
        HBox line1 = new HBox(12 * u, icon, roleLabel, who);
        line1.setAlignment(Pos.CENTER_LEFT);
        // one line when it fits; the source goes under the speaker in a narrow panel
        boolean twoLines = StageStyle.measureWidth(roleLabel.getText(), roleLabel.getFont()) + StageStyle.measureWidth(who.getText(), who.getFont())
                + StageStyle.measureWidth(where, source.getFont()) + 120 * u > w;
        Node header;
        double headerH;
        if (twoLines) {
            source.setAlignment(Pos.CENTER_LEFT);
            source.setWrapText(true);
            source.setMaxWidth(w);
            header = new VBox(4 * u, line1, source);
            headerH = 48 * u + 2 * 28 * u;
        } else {
            HBox one = new HBox(12 * u, line1, source);
            one.setAlignment(Pos.CENTER_LEFT);
            header = one;
            headerH = 48 * u;
        }
        ((Region) header).setMinHeight(48 * u);
        Label hint = StageStyle.label("Z or a click returns", StageStyle.font(16 * u, false), theme.muted());
        double hintH = 26 * u;
        double bodyW = w;
        double bodyH = h0 - headerH - hintH - 16 * u;

        StackPane body = new StackPane();
        body.setPrefSize(bodyW, bodyH);
        body.setMinSize(bodyW, bodyH);
        body.setMaxSize(bodyW, bodyH);
        Label waiting = StageStyle.label("Opening the source…", StageStyle.font(26 * u, false), theme.muted());
        body.getChildren().add(waiting);
        loader.load(h, doc, bodyW, bodyH, pixelScale, panel -> {
            shown.add(panel);
            body.getChildren().setAll(panel instanceof CalloutLoader.PdfPanel pdf ? page(pdf, theme, bodyW, bodyH, u)
                    : excerpt((CalloutLoader.TextPanel) panel, theme, bodyW, bodyH, u));
        });
        VBox box = new VBox(8 * u, header, body, hint);
        box.setPrefWidth(w);
        box.setMaxWidth(w);
        box.getStyleClass().addAll(PANEL_CLASS, RoleStyle.styleClass(role));
        box.getProperties().put(StageContent.HIGHLIGHT_ID, h.id());
        return box;
    }

    /** The rendered region with the highlight drawn: a tint over the glyphs and a line under them in the role's colour. */
    private Node page(CalloutLoader.PdfPanel pdf, PresentationTheme theme, double w, double h, double u) {
        CalloutRegion r = pdf.region();
        double scale = Math.min(w / r.width(), h / r.height());
        ImageView image = new ImageView(pdf.image());
        image.setFitWidth(r.width() * scale);
        image.setFitHeight(r.height() * scale);
        image.setSmooth(true);
        image.getStyleClass().add(PAGE_CLASS);
        Pane marks = new Pane();
        Color color = RoleStyle.color(pdf.highlight().role(), pdf.highlight().color());
        for (double[] m : r.marks()) {
            double x = (m[0] - r.x()) * scale;
            double y = (m[1] - r.y()) * scale;
            Rectangle tint = new Rectangle(x - 2 * u, y - 2 * u, m[2] * scale + 4 * u, m[3] * scale + 4 * u);
            tint.setFill(color.deriveColor(0, 1, 1, 0.28));
            tint.setStroke(color);
            tint.setStrokeWidth(2 * u);
            tint.getStyleClass().add(MARK_CLASS);
            if (pdf.highlight().role() == Role.REBUTTAL) {
                tint.getStrokeDashArray().addAll(10 * u, 5 * u);
            }
            marks.getChildren().add(tint);
        }
        marks.setPrefSize(r.width() * scale, r.height() * scale);
        marks.setMaxSize(r.width() * scale, r.height() * scale);
        marks.setMouseTransparent(true);
        StackPane paper = new StackPane(image, marks);
        paper.setMaxSize(r.width() * scale, r.height() * scale);
        paper.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), " + (18 * u) + ", 0.1, 0, " + (4 * u) + ");");
        return paper;
    }

    /** The paragraphs around the quote, on a page of their own, with the quote in bold, underlined and tinted. */
    private Node excerpt(CalloutLoader.TextPanel panel, PresentationTheme theme, double w, double h, double u) {
        TextExcerpt e = panel.excerpt();
        double pad = 44 * u;
        double wrap = Math.min(w, 1400 * u) - 2 * pad;
        double room = h - 2 * pad - (panel.notice().isEmpty() ? 0 : 60 * u);
        Text measurer = new Text();
        double size = 36 * u;
        while (size > 22 * u) {
            measurer.setText(e.before() + e.quote() + e.after());
            measurer.setFont(StageStyle.font(size, false));
            measurer.setWrappingWidth(wrap);
            if (measurer.getLayoutBounds().getHeight() * 1.15 <= room) {
                break;
            }
            size *= 0.93;
        }
        Color ink = Color.web(theme.text());
        Text before = new Text(e.before());
        before.setFont(StageStyle.font(size, false));
        before.setFill(Color.web(theme.muted()));
        Text quote = new Text(e.quote());
        quote.setFont(StageStyle.font(size, true));
        quote.setFill(ink);
        quote.setUnderline(true);
        quote.getStyleClass().add(MARK_CLASS);
        Text after = new Text(e.after());
        after.setFont(StageStyle.font(size, false));
        after.setFill(Color.web(theme.muted()));
        TextFlow flow = new TextFlow(before, quote, after);
        flow.setPrefWidth(wrap);
        flow.setMaxWidth(wrap);
        flow.setLineSpacing(size * 0.15);
        // a tint behind the quote, following its lines
        Path tint = new Path();
        tint.setFill(Color.web(theme.mark()));
        tint.setStroke(null);
        tint.setManaged(false);
        int from = e.before().length();
        int to = from + e.quote().length();
        flow.layoutBoundsProperty().addListener((o, a, b) -> tint.getElements().setAll(flow.rangeShape(from, to)));
        Group flowWithTint = new Group(tint, flow);
        VBox sheet = new VBox(20 * u, flowWithTint);
        if (!panel.notice().isEmpty()) {
            Label notice = StageStyle.label(panel.notice(), Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, FontPosture.ITALIC, 20 * u),
                    theme.muted());
            notice.setWrapText(true);
            notice.setMaxWidth(wrap);
            sheet.getChildren().add(0, notice);
        }
        sheet.setPadding(new Insets(pad));
        sheet.setMaxSize(wrap + 2 * pad, Region.USE_PREF_SIZE);
        sheet.setAlignment(Pos.CENTER_LEFT);
        sheet.setBackground(StageStyle.fill(theme.card(), 10 * u));
        Role role = panel.highlight().role();
        sheet.setBorder(new javafx.scene.layout.Border(new javafx.scene.layout.BorderStroke(Color.web(theme.line(role)),
                javafx.scene.layout.BorderStrokeStyle.SOLID, new javafx.scene.layout.CornerRadii(10 * u),
                new javafx.scene.layout.BorderWidths(0, 0, 0, 10 * u))));
        return sheet;
    }
}

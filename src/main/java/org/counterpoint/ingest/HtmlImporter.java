package org.counterpoint.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Imports a saved web article: the article's own text, without the site's menus, sidebars,
 * share buttons and footers, and the metadata the page declares about itself.
 */
public final class HtmlImporter {

    /** The article text, its title and what the page says about itself. */
    public record Result(String text, String title, DocumentMetadata metadata) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "table", "tr", "dd", "dt", "dl", "hr",
            "address", "header", "details", "summary");

    /** Parts of a page that are furniture, not the article. */
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, "
            + "textarea, nav, aside, footer, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[aria-hidden=true], [hidden]";

    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(^|[-_\\s])(nav|navbar|menu|sidebar|footer|comments?|share|sharing|social|related|cookie|consent|subscribe|"
                    + "newsletter|advert|ads|promo|breadcrumbs?|masthead|popup|modal|paywall|signup)([-_\\s]|$)",
            Pattern.CASE_INSENSITIVE);

    public Result read(Path file, byte[] bytes) throws ImportException {
        String name = file.getFileName().toString();
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, file.toUri().toString());
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, name + " could not be read as a web page: " + e.getMessage(), e);
        }
        DocumentMetadata metadata = metadata(page);
        String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title(), text(page.selectFirst("h1")), Sources.baseName(file));
        Element root = mainContent(page);
        String text = render(root).strip();
        if (text.isEmpty()) {
            throw new ImportException(ImportException.Reason.NO_TEXT_LAYER,
                    name + " has no readable article text (it may be a page that builds its content with scripts). "
                            + "Save the page as \"Web Page, Complete\" or as text, and import that.");
        }
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : h1.text().strip();
        if (!heading.isEmpty() && !text.startsWith(heading) && !root.select("h1").contains(h1)) {
            // keep the headline with the article so it can be quoted too
            text = heading + "\n\n" + text;
        }
        return new Result(text + "\n", title.strip(), metadata);
    }

    /** The element that holds the article: the largest article, else main, else the densest block of paragraphs. */
    private Element mainContent(Document page) {
        Element body = page.body();
        body.select(FURNITURE).remove();
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        Elements articles = body.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        }
        Element main = body.selectFirst("main, [role=main], #content, .content, .post, .entry-content, .article-body");
        if (main != null && main.text().length() > 200) {
            return main;
        }
        Element best = body;
        int bestScore = 0;
        for (Element candidate : body.select("div, section, td")) {
            int score = 0;
            for (Element p : candidate.children()) {
                if (p.normalName().equals("p") || p.normalName().equals("blockquote")) {
                    score += p.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return bestScore > 0 ? best : body;
    }

    private static boolean isFurniture(Element e) {
        String names = e.className() + " " + e.id();
        if (!FURNITURE_NAME.matcher(names).find()) {
            return false;
        }
        // a container that carries most of the page's paragraphs is content, whatever it is called
        return e.select("p").size() < 3 || e.is("header, footer");
    }

    /** Block elements become paragraphs separated by blank lines; inline white space collapses. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        renderInto(root, out, false);
        return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    }

    private static void renderInto(Node node, StringBuilder out, boolean preformatted) {
        if (node instanceof TextNode t) {
            if (preformatted) {
                out.append(t.getWholeText());
            } else {
                String s = t.text();
                if (s.isEmpty()) {
                    return;
                }
                boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
                boolean endsInSpace = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
                if (atLineStart || endsInSpace) {
                    s = s.stripLeading();
                }
                out.append(s);
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            out.append('\n');
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            paragraphBreak(out);
        }
        boolean pre = preformatted || tag.equals("pre");
        for (Node child : e.childNodes()) {
            renderInto(child, out, pre);
        }
        if (tag.equals("td") || tag.equals("th")) {
            out.append('\t');
        }
        if (block) {
            paragraphBreak(out);
        }
    }

    private static void paragraphBreak(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() == 0) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    private static DocumentMetadata metadata(Document page) {
        String author = firstNonBlank(meta(page, "meta[name=author]"), meta(page, "meta[property=article:author]"),
                text(page.selectFirst("[rel=author]")), text(page.selectFirst("[itemprop=author]")), "");
        String publisher = firstNonBlank(meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=publisher]"), "");
        String date = firstNonBlank(meta(page, "meta[property=article:published_time]"), meta(page, "meta[name=date]"),
                meta(page, "meta[itemprop=datePublished]"), attr(page.selectFirst("time[datetime]"), "datetime"), "");
        String url = firstNonBlank(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "meta[property=og:url]"), "");
        return new DocumentMetadata(author, publisher, parseDate(date), url);
    }

    static PartialDate parseDate(String value) {
        if (value == null || value.length() < 4) {
            return null;
        }
        for (String candidate : List.of(value.length() >= 10 ? value.substring(0, 10) : value, value.length() >= 7 ? value.substring(0, 7) : value, value.substring(0, 4))) {
            try {
                return PartialDate.parse(candidate);
            } catch (IllegalArgumentException ignored) {
                // try a shorter form
            }
        }
        return null;
    }

    private static String meta(Document page, String selector) {
        return attr(page.selectFirst(selector), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}

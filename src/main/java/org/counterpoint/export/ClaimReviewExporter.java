package org.counterpoint.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.counterpoint.io.Json;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;

/**
 * schema.org ClaimReview JSON-LD, the markup fact-checkers publish so search engines can show a
 * verdict beside a claim: one review per comparison that has a verdict, with the claim reviewed,
 * who made it and where, the rating, and the rebuttal quotes it rests on.
 */
public final class ClaimReviewExporter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ClaimReviewExporter() {
    }

    public static byte[] export(Project project) throws IOException {
        ArrayNode reviews = F.arrayNode();
        for (Comparison c : project.comparisonsInOrder()) {
            if (c.verdict() == Verdict.UNDETERMINED || c.claimIds().isEmpty()) {
                continue;
            }
            reviews.add(review(project, c));
        }
        return Json.pretty(reviews);
    }

    static ObjectNode review(Project project, Comparison c) {
        ObjectNode review = F.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("@id", "urn:counterpoint:comparison:" + c.id());
        if (!project.reviewUrlBase().isEmpty()) {
            review.put("url", url(project.reviewUrlBase(), c.id()));
        }
        review.put("name", c.title());
        review.put("datePublished", project.modified().toString().substring(0, 10));
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", project.author().isBlank() ? "Counterpoint user" : project.author());
        List<Highlight> claims = c.claimIds().stream().map(project::highlight).flatMap(Optional::stream).toList();
        java.util.function.Function<Highlight, String> reading = org.counterpoint.model.ReadingText.quotesOf(project);
        review.put("claimReviewed", claims.stream().map(reading)
                .reduce((a, b) -> a + " / " + b).orElse(c.title()));
        Highlight first = claims.get(0);
        ObjectNode claim = review.putObject("itemReviewed");
        claim.put("@type", "Claim");
        Provenance p = first.provenance();
        if (!p.speaker().isBlank()) {
            claim.set("author", speaker(p));
        }
        if (p.statedOn() != null) {
            claim.put("datePublished", p.statedOn().toString());
        }
        ArrayNode appearance = claim.putArray("appearance");
        for (Highlight h : claims) {
            project.document(h.documentId()).ifPresent(d -> appearance.add(creativeWork(d, h)));
        }
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", c.verdict().rating());
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", c.verdict().label());
        if (!c.verdictText().isBlank()) {
            rating.put("ratingExplanation", c.verdictText());
        }
        ArrayNode citations = review.putArray("citation");
        for (String id : c.rebuttalIds()) {
            project.highlight(id).ifPresent(h -> {
                ObjectNode quote = citations.addObject();
                quote.put("@type", "Quotation");
                quote.put("text", reading.apply(h));
                Provenance rp = h.provenance();
                if (!rp.speaker().isBlank()) {
                    quote.set("spokenByCharacter", speaker(rp));
                }
                if (rp.statedOn() != null) {
                    quote.put("dateCreated", rp.statedOn().toString());
                }
                project.document(h.documentId()).ifPresent(d -> quote.set("isPartOf", creativeWork(d, h)));
            });
        }
        if (!c.note().isBlank()) {
            review.put("reviewBody", c.note());
        }
        return review;
    }

    /**
     * The address of a comparison's fact check: {@code {id}} in the base is replaced by the
     * comparison's id; a base ending in {@code /}, {@code #}, {@code ?} or {@code =} is followed by
     * it; any other base is the one article that reviews every claim, as ClaimReview allows.
     */
    public static String url(String base, String comparisonId) {
        String id = java.net.URLEncoder.encode(comparisonId, java.nio.charset.StandardCharsets.UTF_8);
        if (base.contains("{id}")) {
            return base.replace("{id}", id);
        }
        return base.endsWith("/") || base.endsWith("#") || base.endsWith("?") || base.endsWith("=") ? base + id : base;
    }

    /** True for an address a ClaimReview {@code url} can hold: absolute, http or https, with a host and no spaces. */
    public static boolean isWebAddress(String base) {
        return base.matches("(?i)https?://[^\\s/?#]+[^\\s]*");
    }

    /** What a publisher should know before putting these reviews online: the ClaimReview guidelines require a url. */
    public static java.util.List<String> warnings(Project project) {
        if (project.reviewUrlBase().isEmpty()) {
            return java.util.List.of("The reviews have no url, which the ClaimReview guidelines require: set the address where these fact checks are "
                    + "published in the project's settings, or with --url-base on the command line.");
        }
        return java.util.List.of();
    }

    /** Who made a statement: a Person with a job title, or an Organization with a description. */
    private static ObjectNode speaker(Provenance p) {
        boolean organization = looksLikeOrganization(p.speaker());
        ObjectNode who = F.objectNode();
        who.put("@type", organization ? "Organization" : "Person");
        who.put("name", p.speaker());
        if (!p.affiliation().isBlank()) {
            who.put(organization ? "description" : "jobTitle", p.affiliation());
        }
        return who;
    }

    private static ObjectNode creativeWork(SourceDocument d, Highlight h) {
        ObjectNode work = F.objectNode();
        work.put("@type", "CreativeWork");
        work.put("headline", d.title());
        if (!d.metadata().url().isBlank()) {
            work.put("url", d.metadata().url());
        }
        if (!d.metadata().publisher().isBlank()) {
            ObjectNode publisher = work.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", d.metadata().publisher());
        }
        if (d.metadata().published() != null) {
            work.put("datePublished", d.metadata().published().toString());
        }
        if (!h.provenance().citation().isBlank()) {
            work.put("citation", h.provenance().citation());
        }
        return work;
    }

    /** Organisations are named as such often enough ("UK government", "Hikvision UK", "IPVM") to tell them apart. */
    private static boolean looksLikeOrganization(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.matches(".*\\b(government|ministry|office|department|council|agency|company|inc|ltd|plc|uk|us|eu|group|association|"
                + "foundation|university|ipvm|corporation|committee)\\b.*") || name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }
}

package org.counterpoint.search;

import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.counterpoint.model.PartialDate;

/**
 * Reads the query language (words, phrases, {@code prefix*}, {@code fuzzy~}, AND/OR/NOT, proximity,
 * fields, {@code stated:2023-08..2023-10}) into a Lucene query, or says in one sentence why it cannot.
 */
final class QueryReader {
    private final Analyzer analyzer;

    QueryReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query read(String text) throws SearchException {
        Parser parser = new Parser(analyzer);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new SearchException(explain(text, e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchException("The query matches too many different words: make the part before * longer.");
        } catch (IllegalArgumentException e) {
            throw new SearchException("The query cannot be read: " + e.getMessage() + ".");
        }
    }

    private static String explain(String text, ParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Problem p) {
                return p.getMessage();
            }
        }
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            return "The query has a quote mark without its partner: close the phrase with \" or remove it.";
        }
        if (depthNeverNegativeAndEndsAtZero(text, '(', ')') != 0) {
            return "The query's brackets do not pair up: check each ( has its ).";
        }
        String trimmed = text.trim();
        if (trimmed.matches("(?s).*\\b(AND|OR|NOT)$") || trimmed.endsWith("&&") || trimmed.endsWith("||")) {
            return "The query ends with AND, OR or NOT: add a word after it, or remove it.";
        }
        if (trimmed.matches("(?s)^(AND|OR)\\b.*")) {
            return "The query starts with AND or OR: put a word before it, or remove it.";
        }
        if (String.valueOf(e.getMessage()).contains("'*' or '?' not allowed as first character")) {
            return "A word cannot start with * or ?: put at least one letter before it.";
        }
        return "The query cannot be read: put characters such as : ( ) [ ] { } ^ ~ * inside quotes, or remove them.";
    }

    private static int depthNeverNegativeAndEndsAtZero(String text, char open, char close) {
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == open) {
                depth++;
            } else if (!quoted && c == close && --depth < 0) {
                return -1;
            }
        }
        return depth;
    }

    /** A parse problem that already carries the sentence to show. */
    private static final class Problem extends ParseException {
        Problem(String message) {
            super(message);
        }
    }

    private static final class Parser extends MultiFieldQueryParser {
        Parser(Analyzer analyzer) {
            super(SearchFields.DEFAULTS, analyzer);
            setDefaultOperator(QueryParser.Operator.AND);
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true);
            setAllowLeadingWildcard(false);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            check(field);
            if (SearchFields.STATED.equals(field)) {
                return statedQuery(queryText);
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            check(field);
            if (SearchFields.STATED.equals(field)) {
                return statedQuery(queryText);
            }
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            check(field);
            if (SearchFields.STATED.equals(field)) {
                return statedRange(part1 == null || "*".equals(part1) ? "" : part1, part2 == null || "*".equals(part2) ? "" : part2);
            }
            throw new Problem("Ranges work only on the date stated, as stated:2023-08..2023-10.");
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            check(field);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            check(field);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            check(field);
            return super.getWildcardQuery(field, termStr);
        }

        private static void check(String field) throws ParseException {
            if (field != null && !SearchFields.QUERYABLE.contains(field)) {
                throw new Problem("'" + field + ":' is not a field; use one of " + String.join(", ", SearchFields.QUERYABLE)
                        + ", or put the colon inside quotes.");
            }
        }

        private static Query statedQuery(String text) throws ParseException {
            String t = text.trim();
            int dots = t.indexOf("..");
            if (dots < 0) {
                return statedRange(t, t);
            }
            return statedRange(t.substring(0, dots), t.substring(dots + 2));
        }

        /** Statements whose date stated lies wholly inside the range; an empty end is open. */
        private static Query statedRange(String from, String to) throws ParseException {
            long lo = from.isBlank() ? Long.MIN_VALUE : date(from).earliest().toEpochDay();
            long hi = to.isBlank() ? Long.MAX_VALUE : latest(date(to)).toEpochDay();
            if (lo > hi) {
                throw new Problem("The date range " + from + ".." + to + " ends before it starts: put the earlier date first.");
            }
            if (lo == Long.MIN_VALUE && hi == Long.MAX_VALUE) {
                return new MatchNoDocsQuery();
            }
            return new BooleanQuery.Builder()
                    .add(LongPoint.newRangeQuery(SearchFields.STATED_FROM, lo, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(SearchFields.STATED_TO, Long.MIN_VALUE, hi), BooleanClause.Occur.FILTER)
                    .build();
        }

        private static PartialDate date(String text) throws ParseException {
            try {
                return PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                throw new Problem("In stated:, " + e.getMessage() + ".");
            }
        }
    }

    /** The last full date a partial date can mean. */
    static LocalDate latest(PartialDate d) {
        if (!d.hasMonth()) {
            return LocalDate.of(d.year(), 12, 31);
        }
        return d.hasDay() ? LocalDate.of(d.year(), d.month(), d.day()) : YearMonth.of(d.year(), d.month()).atEndOfMonth();
    }
}

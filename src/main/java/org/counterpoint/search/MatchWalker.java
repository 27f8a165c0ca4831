package org.counterpoint.search;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** Walks every matching Lucene document and, in it, every match with its offsets (the Matches API). */
final class MatchWalker {
    private MatchWalker() {
    }

    interface DocVisitor {
        void visit(LeafReaderContext leaf, int doc, Matches matches) throws IOException;
    }

    /** A range of a field's text, from a match. */
    interface OffsetVisitor {
        /** @return false to stop */
        boolean visit(int start, int end);
    }

    /**
     * Visits every live document the query matches, with its matches. The documents come from the
     * whole query; the matches only from the clauses that can report words ({@link #forOffsets}), so
     * a clause that only narrows (a date range, a NOT) is not evaluated again for every document.
     */
    static void eachDoc(IndexSearcher searcher, Query query, DocVisitor visitor) throws IOException {
        Query rewritten = searcher.rewrite(query);
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        Query offsets = forOffsets(rewritten);
        Weight offsetWeight = offsets == rewritten ? weight
                : offsets == null ? null : searcher.createWeight(searcher.rewrite(offsets), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Matches matches = offsetWeight == null ? MatchesUtils.MATCH_WITH_NO_TERMS : offsetWeight.matches(leaf, doc);
                if (matches != null) {
                    visitor.visit(leaf, doc, matches);
                }
            }
        }
    }

    /**
     * The part of a query that reports where words matched: without NOT clauses and without clauses
     * that match no words (a date range, all or no documents). Null when nothing is left. Only for
     * asking about documents the whole query matched: for each of them it still gives matches.
     */
    static Query forOffsets(Query q) {
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            boolean changed = false;
            boolean dropped = false;
            boolean required = false;
            int kept = 0;
            for (BooleanClause c : bq.clauses()) {
                Query sub = c.getOccur() == BooleanClause.Occur.MUST_NOT ? null : forOffsets(c.getQuery());
                if (sub == null && c.getOccur() == BooleanClause.Occur.SHOULD && bq.getMinimumNumberShouldMatch() > 0) {
                    return q;
                }
                changed |= sub != c.getQuery();
                if (sub == null) {
                    dropped |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
                } else {
                    b.add(sub, c.getOccur());
                    required |= c.isRequired();
                    kept++;
                }
            }
            if (kept == 0) {
                return null;
            }
            if (dropped && !required) {
                // a document may have matched only by what was dropped: it must still get matches
                b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            }
            return changed ? b.build() : q;
        }
        if (q instanceof BoostQuery boost) {
            Query sub = forOffsets(boost.getQuery());
            return sub == boost.getQuery() ? q : sub == null ? null : new BoostQuery(sub, boost.getBoost());
        }
        if (q instanceof ConstantScoreQuery constant) {
            Query sub = forOffsets(constant.getQuery());
            return sub == constant.getQuery() ? q : sub == null ? null : new ConstantScoreQuery(sub);
        }
        return reportsWords(q) ? q : null;
    }

    /** Whether a query looks for terms at all (a date range or "all documents" does not). */
    private static boolean reportsWords(Query q) {
        boolean[] words = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                words[0] = true;
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                words[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return words[0];
    }

    /** Visits each match in one field, in order; returns how many there were (visited or not, up to {@code cap}). */
    static int eachOffset(Matches matches, String field, int cap, OffsetVisitor visitor) throws IOException {
        MatchesIterator it = matches.getMatches(field);
        if (it == null) {
            return 0;
        }
        int count = 0;
        boolean visiting = true;
        int lastStart = -1;
        int lastEnd = -1;
        while (it.next() && count < cap) {
            int start = it.startOffset();
            int end = it.endOffset();
            if (start < 0 || (start == lastStart && end == lastEnd)) {
                continue;
            }
            lastStart = start;
            lastEnd = end;
            count++;
            if (visiting) {
                visiting = visitor.visit(start, end);
            }
        }
        return count;
    }
}

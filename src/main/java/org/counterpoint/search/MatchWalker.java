package org.counterpoint.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
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

    static void eachDoc(IndexSearcher searcher, Query query, DocVisitor visitor) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
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
                Matches matches = weight.matches(leaf, doc);
                if (matches != null) {
                    visitor.visit(leaf, doc, matches);
                }
            }
        }
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

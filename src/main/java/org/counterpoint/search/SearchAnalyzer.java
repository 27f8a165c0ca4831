package org.counterpoint.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One analyzer for indexing and for queries: folded text (offsets kept; the folding also
 * normalises Arabic letter forms), words by Unicode segmentation (each CJK ideograph a word, so
 * phrases of them match), and the English possessive dropped.
 */
final class SearchAnalyzer extends Analyzer {
    private final int base;

    SearchAnalyzer() {
        this(0);
    }

    /** An analyzer whose offsets start at {@code base}: for a quote that starts there in its document. */
    SearchAnalyzer(int base) {
        this.base = base;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader, base);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader, 0);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new EnglishPossessiveFilter(tokenizer));
    }
}

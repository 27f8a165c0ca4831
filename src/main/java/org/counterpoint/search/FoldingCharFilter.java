package org.counterpoint.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Feeds the tokenizer folded text (see {@link TextFolding}) and maps every offset back to the
 * stored text, plus a fixed base, so a match's offsets are a range of the document's own text.
 */
final class FoldingCharFilter extends CharFilter {
    private final int base;
    private TextFolding.Folded folded;
    private int position;

    FoldingCharFilter(Reader in, int base) {
        super(in);
        this.base = base;
    }

    @Override
    protected int correct(int currentOff) {
        return base + (folded == null ? currentOff : folded.originOf(currentOff));
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (folded == null) {
            char[] all = new char[8192];
            int length = 0;
            for (int n; (n = input.read(all, length, all.length - length)) > 0; ) {
                length += n;
                if (length == all.length) {
                    all = java.util.Arrays.copyOf(all, all.length * 2);
                }
            }
            folded = TextFolding.fold(all, length);
        }
        if (position >= folded.length()) {
            return -1;
        }
        int n = Math.min(len, folded.length() - position);
        System.arraycopy(folded.chars(), position, cbuf, off, n);
        position += n;
        return n;
    }
}

package org.counterpoint.ui.present;

/**
 * The surrounding paragraphs of a quote in a text or web source: the paragraph that holds the quote
 * and, room permitting, the ones before and after it, trimmed to whole words with a visible "[…]".
 *
 * @param before text before the quote, with a leading "[…] " when the excerpt starts mid-text
 * @param after  text after the quote, with a trailing " […]" when it stops before the text ends
 */
record TextExcerpt(String before, String quote, String after) {

    static TextExcerpt around(String text, int start, int end, int maxChars) {
        start = Math.max(0, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        int room = Math.max(0, maxChars - (end - start));
        // the paragraph of the quote, then one more on each side while there is room
        int from = paragraphStart(text, start);
        int to = paragraphEnd(text, end);
        int wider = paragraphStart(text, Math.max(0, from - 2));
        if (start - wider + (to - end) <= room) {
            from = wider;
        }
        int widerEnd = paragraphEnd(text, Math.min(text.length(), to + 2));
        if (start - from + (widerEnd - end) <= room) {
            to = widerEnd;
        }
        // still too long: keep an even share each side, cut at a word
        int share = room / 2;
        boolean cutBefore = false;
        boolean cutAfter = false;
        if (start - from > share && to - end > share) {
            from = wordAfter(text, start - share);
            to = wordBefore(text, end + share);
            cutBefore = true;
            cutAfter = true;
        } else if (start - from > share) {
            int keep = room - (to - end);
            if (start - from > keep) {
                from = wordAfter(text, start - keep);
                cutBefore = true;
            }
        } else if (to - end > share) {
            int keep = room - (start - from);
            if (to - end > keep) {
                to = wordBefore(text, end + keep);
                cutAfter = true;
            }
        }
        String before = text.substring(Math.min(from, start), start).stripLeading();
        String after = text.substring(end, Math.max(end, to)).stripTrailing();
        return new TextExcerpt((cutBefore ? "[…] " : "") + before, text.substring(start, end), after + (cutAfter ? " […]" : ""));
    }

    private static int paragraphStart(String text, int at) {
        int j = at == 0 ? -1 : text.lastIndexOf('\n', at - 1);
        return j + 1;
    }

    private static int paragraphEnd(String text, int at) {
        int j = text.indexOf('\n', at);
        return j < 0 ? text.length() : j;
    }

    private static int wordAfter(String text, int at) {
        int i = text.indexOf(' ', Math.max(0, at));
        return i < 0 ? at : i + 1;
    }

    private static int wordBefore(String text, int at) {
        int i = text.lastIndexOf(' ', Math.min(text.length(), at));
        return i < 0 ? at : i;
    }
}

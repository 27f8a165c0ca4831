package org.counterpoint.pdf;

import java.util.Arrays;

/**
 * Points grouped under long keys, in an open-addressing table: the duplicate-glyph check makes a
 * few lookups for every glyph of a document, so it avoids boxing and hashing objects. The points
 * of a key are a chain through flat arrays that are reused from page to page, so adding a point
 * allocates nothing once the arrays have grown to a page's size.
 */
final class PointIndex {
    private long[] keys = new long[1 << 12];
    /** For each slot, the newest point under its key; -1 for none. */
    private int[] heads = new int[1 << 12];
    private float[] xs = new float[1 << 11];
    private float[] ys = new float[1 << 11];
    /** For each point, the one added before it under the same key; -1 at the end of the chain. */
    private int[] next = new int[1 << 11];
    private int size;
    private int points;

    /** A key for a cell and a character code (the code fits in 24 bits, the cell coordinates in 20 each). */
    static long key(int cellX, int cellY, int code) {
        return ((long) (cellX & 0xFFFFF) << 44) | ((long) (cellY & 0xFFFFF) << 24) | (code & 0xFFFFFF) | 1L << 63;
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(keys, 0L);
            size = 0;
        }
        points = 0;
    }

    boolean containsNear(long key, float x, float y, float tolerance) {
        int s = slot(key);
        if (keys[s] == 0) {
            return false;
        }
        for (int p = heads[s]; p >= 0; p = next[p]) {
            if (Math.abs(xs[p] - x) < tolerance && Math.abs(ys[p] - y) < tolerance) {
                return true;
            }
        }
        return false;
    }

    void add(long key, float x, float y) {
        int s = slot(key);
        if (keys[s] == 0) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                s = slot(key);
            }
            keys[s] = key;
            heads[s] = -1;
            size++;
        }
        if (points == xs.length) {
            xs = Arrays.copyOf(xs, points * 2);
            ys = Arrays.copyOf(ys, points * 2);
            next = Arrays.copyOf(next, points * 2);
        }
        xs[points] = x;
        ys[points] = y;
        next[points] = heads[s];
        heads[s] = points;
        points++;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}

package org.counterpoint.pdf;

import java.util.Arrays;

/**
 * Points grouped under long keys, in an open-addressing table: the duplicate-glyph check makes a
 * few lookups for every glyph of a document, so it avoids boxing and hashing objects.
 */
final class PointIndex {
    private long[] keys = new long[1 << 12];
    private float[][] points = new float[1 << 12][];
    private int size;

    /** A key for a cell and a character code (the code fits in 24 bits, the cell coordinates in 20 each). */
    static long key(int cellX, int cellY, int code) {
        return ((long) (cellX & 0xFFFFF) << 44) | ((long) (cellY & 0xFFFFF) << 24) | (code & 0xFFFFFF) | 1L << 63;
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(keys, 0L);
            Arrays.fill(points, null);
            size = 0;
        }
    }

    boolean containsNear(long key, float x, float y, float tolerance) {
        float[] p = points[slot(key)];
        if (p == null) {
            return false;
        }
        int n = (int) p[0];
        for (int i = 0; i < n; i++) {
            if (Math.abs(p[1 + 2 * i] - x) < tolerance && Math.abs(p[2 + 2 * i] - y) < tolerance) {
                return true;
            }
        }
        return false;
    }

    void add(long key, float x, float y) {
        int s = slot(key);
        float[] p = points[s];
        if (p == null) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                s = slot(key);
            }
            keys[s] = key;
            p = new float[5];
            size++;
        } else if (2 * (int) p[0] + 3 > p.length) {
            p = Arrays.copyOf(p, p.length * 2 + 1);
        }
        int n = (int) p[0];
        p[1 + 2 * n] = x;
        p[2 + 2 * n] = y;
        p[0] = n + 1;
        points[s] = p;
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
        float[][] oldPoints = points;
        keys = new long[oldKeys.length * 2];
        points = new float[oldKeys.length * 2][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                points[s] = oldPoints[i];
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

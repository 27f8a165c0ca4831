package org.counterpoint.io;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * The column coding of glyph cache files ({@code CPGLYPH2}). A column is a sequence of 32-bit values (ints, or the
 * raw bits of floats), each stored as itself XOR the value before it in the sequence, little-endian. The columns are:
 * the n pages; the 2n x values in the order x0, x1 of the first character, x0, x1 of the second, and so on (a glyph
 * mostly begins where the one before it ends, and ends close to where it begins); the n y0; the n y1 (the characters
 * of a line share them). Most bytes become zero, which is cheap to compress and small once compressed. The coding is
 * exact, bit for bit.
 */
final class GlyphColumns {
    /** Values converted per block: large enough for bulk copies, small enough to stay in the CPU cache. */
    private static final int BLOCK = 1 << 14;

    private GlyphColumns() {
    }

    /** Writes columns to a stream, a block at a time. */
    static final class Writer {
        private final OutputStream out;
        private final ByteBuffer bytes = ByteBuffer.allocate(4 * BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        private final IntBuffer ints = bytes.asIntBuffer();
        private final int[] block = new int[BLOCK];

        Writer(OutputStream out) {
            this.out = out;
        }

        /** Writes {@code values[first + k * stride]} for k below n. */
        void ints(int[] values, int first, int stride, int n) throws IOException {
            int previous = 0;
            for (int done = 0; done < n; ) {
                int m = Math.min(BLOCK, n - done);
                for (int k = 0, i = first + done * stride; k < m; k++, i += stride) {
                    int v = values[i];
                    block[k] = v ^ previous;
                    previous = v;
                }
                flush(m);
                done += m;
            }
        }

        /** Writes the raw bits of {@code values[first + k * stride]} for k below n. */
        void floats(float[] values, int first, int stride, int n) throws IOException {
            int previous = 0;
            for (int done = 0; done < n; ) {
                int m = Math.min(BLOCK, n - done);
                for (int k = 0, i = first + done * stride; k < m; k++, i += stride) {
                    int v = Float.floatToRawIntBits(values[i]);
                    block[k] = v ^ previous;
                    previous = v;
                }
                flush(m);
                done += m;
            }
        }

        /** Writes x0, x1 of each of the n characters of four-value boxes, as one sequence. */
        void xPairs(float[] boxes, int n) throws IOException {
            int previous = 0;
            for (int done = 0; done < 2 * n; ) {
                int m = Math.min(BLOCK, 2 * n - done);
                for (int k = 0; k < m; k++) {
                    int j = done + k;
                    int v = Float.floatToRawIntBits(boxes[(j >> 1) * 4 + (j & 1) * 2]);
                    block[k] = v ^ previous;
                    previous = v;
                }
                flush(m);
                done += m;
            }
        }

        private void flush(int m) throws IOException {
            ints.clear();
            ints.put(block, 0, m);
            out.write(bytes.array(), 0, 4 * m);
        }
    }

    /** Reads columns written by {@link Writer}. */
    static final class Reader {
        private final DataInputStream in;
        private final ByteBuffer bytes = ByteBuffer.allocate(4 * BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        private final IntBuffer ints = bytes.asIntBuffer();
        private final int[] block = new int[BLOCK];

        Reader(DataInputStream in) {
            this.in = in;
        }

        void ints(int[] values, int first, int stride, int n) throws IOException {
            int previous = 0;
            for (int done = 0; done < n; ) {
                int m = fill(n - done);
                for (int k = 0, i = first + done * stride; k < m; k++, i += stride) {
                    previous ^= block[k];
                    values[i] = previous;
                }
                done += m;
            }
        }

        void floats(float[] values, int first, int stride, int n) throws IOException {
            int previous = 0;
            for (int done = 0; done < n; ) {
                int m = fill(n - done);
                for (int k = 0, i = first + done * stride; k < m; k++, i += stride) {
                    previous ^= block[k];
                    values[i] = Float.intBitsToFloat(previous);
                }
                done += m;
            }
        }

        void xPairs(float[] boxes, int n) throws IOException {
            int previous = 0;
            for (int done = 0; done < 2 * n; ) {
                int m = fill(2 * n - done);
                for (int k = 0; k < m; k++) {
                    int j = done + k;
                    previous ^= block[k];
                    boxes[(j >> 1) * 4 + (j & 1) * 2] = Float.intBitsToFloat(previous);
                }
                done += m;
            }
        }

        private int fill(int left) throws IOException {
            int m = Math.min(BLOCK, left);
            in.readFully(bytes.array(), 0, 4 * m);
            ints.clear();
            ints.get(block, 0, m);
            return m;
        }
    }
}

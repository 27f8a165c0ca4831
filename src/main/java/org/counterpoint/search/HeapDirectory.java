package org.counterpoint.search;

import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.NoSuchFileException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.BaseDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.store.RandomAccessInput;

/**
 * A finished in-memory index, read-only, held as one array per file. A query over the annotations
 * asks for the matches of every matching entry, and each ask opens fresh postings, which clone their
 * inputs: here a clone is a small copy, where {@code ByteBuffersDirectory} builds a list of buffers
 * each time and spent most of a query's time doing so.
 */
final class HeapDirectory extends BaseDirectory {
    private final Map<String, byte[]> files;

    private HeapDirectory(Map<String, byte[]> files) {
        super(NoLockFactory.INSTANCE);
        this.files = files;
    }

    /** A copy of every file of a directory that no writer has open. */
    static HeapDirectory copyOf(Directory source) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : source.listAll()) {
            try (IndexInput in = source.openInput(name, IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(in.length())];
                in.readBytes(bytes, 0, bytes.length);
                files.put(name, bytes);
            }
        }
        return new HeapDirectory(Map.copyOf(files));
    }

    @Override
    public String[] listAll() {
        ensureOpen();
        return files.keySet().stream().sorted().toArray(String[]::new);
    }

    @Override
    public long fileLength(String name) throws IOException {
        return file(name).length;
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        byte[] bytes = file(name);
        return new Input("HeapDirectory(" + name + ")", bytes, 0, bytes.length);
    }

    private byte[] file(String name) throws NoSuchFileException {
        ensureOpen();
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new NoSuchFileException(name);
        }
        return bytes;
    }

    @Override
    public void deleteFile(String name) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void rename(String source, String dest) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void sync(Collection<String> names) {
    }

    @Override
    public void syncMetaData() {
    }

    @Override
    public Set<String> getPendingDeletions() {
        return Set.of();
    }

    @Override
    public void close() {
        isOpen = false;
    }

    /** A window {@code [offset, offset + length)} of a file's array; clones and slices share the array. */
    private static final class Input extends IndexInput implements RandomAccessInput {
        private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
        private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
        private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

        private final byte[] bytes;
        private final int offset;
        private final int length;
        private int pos;

        Input(String description, byte[] bytes, int offset, int length) {
            super(description);
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public byte readByte() throws IOException {
            if (pos >= length) {
                throw new EOFException("read past EOF: " + this);
            }
            return bytes[offset + pos++];
        }

        @Override
        public void readBytes(byte[] b, int off, int len) throws IOException {
            at(pos, len);
            System.arraycopy(bytes, offset + pos, b, off, len);
            pos += len;
        }

        @Override
        public short readShort() throws IOException {
            short v = readShort(pos);
            pos += Short.BYTES;
            return v;
        }

        @Override
        public int readInt() throws IOException {
            int v = readInt(pos);
            pos += Integer.BYTES;
            return v;
        }

        @Override
        public long readLong() throws IOException {
            long v = readLong(pos);
            pos += Long.BYTES;
            return v;
        }

        @Override
        public byte readByte(long p) throws IOException {
            return bytes[at(p, 1)];
        }

        @Override
        public short readShort(long p) throws IOException {
            return (short) SHORT.get(bytes, at(p, Short.BYTES));
        }

        @Override
        public int readInt(long p) throws IOException {
            return (int) INT.get(bytes, at(p, Integer.BYTES));
        }

        @Override
        public long readLong(long p) throws IOException {
            return (long) LONG.get(bytes, at(p, Long.BYTES));
        }

        /** The array index of position {@code p}, after checking that {@code n} bytes are there. */
        private int at(long p, int n) throws EOFException {
            if (p < 0 || n < 0 || p + n > length) {
                throw new EOFException("read past EOF: " + this);
            }
            return offset + (int) p;
        }

        @Override
        public long getFilePointer() {
            return pos;
        }

        @Override
        public void seek(long p) throws IOException {
            if (p < 0 || p > length) {
                throw new EOFException("seek past EOF: " + this);
            }
            pos = (int) p;
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public IndexInput slice(String description, long sliceOffset, long sliceLength) {
            if (sliceOffset < 0 || sliceLength < 0 || sliceOffset + sliceLength > length) {
                throw new IllegalArgumentException("slice out of bounds: " + description + " of " + this);
            }
            return new Input(getFullSliceDescription(description), bytes, offset + (int) sliceOffset, (int) sliceLength);
        }

        @Override
        public void close() {
        }
    }
}

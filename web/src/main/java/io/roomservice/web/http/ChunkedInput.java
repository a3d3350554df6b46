package io.roomservice.web.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A {@code Transfer-Encoding: chunked} body, decoded. Its size is capped by whoever reads it
 * (the front reads up to HTTP_MAX_BODY_BYTES); this caps the framing: chunk-size lines and trailers.
 */
final class ChunkedInput extends InputStream {

    /** A chunk size fits in this many hex digits (2^60 bytes), so it cannot overflow a long. */
    private static final int MAX_SIZE_DIGITS = 15;

    private final InputStream in;
    private long chunkLeft;
    private boolean finished;

    ChunkedInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (finished) {
            return -1;
        }
        if (chunkLeft == 0) {
            chunkLeft = nextChunkSize();
            if (chunkLeft == 0) {
                skipTrailers();
                finished = true;
                return -1;
            }
        }
        int n = in.read(b, off, (int) Math.min(len, chunkLeft));
        if (n < 0) {
            throw new EOFException("the client closed inside a chunk");
        }
        chunkLeft -= n;
        if (chunkLeft == 0 && !line().isEmpty()) {
            throw new IOException("malformed chunked body");
        }
        return n;
    }

    boolean finished() {
        return finished;
    }

    private long nextChunkSize() throws IOException {
        String line = line();
        int end = line.indexOf(';');
        String size = (end < 0 ? line : line.substring(0, end)).trim();
        if (size.isEmpty() || size.length() > MAX_SIZE_DIGITS) {
            throw new IOException("malformed chunk size");
        }
        try {
            return Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw new IOException("malformed chunk size");
        }
    }

    private void skipTrailers() throws IOException {
        int budget = HttpLimits.MAX_TRAILER_BYTES;
        for (String line = line(); !line.isEmpty(); line = line()) {
            budget -= line.length() + 2;
            if (budget < 0) {
                throw new IOException("trailers too large");
            }
        }
    }

    private String line() throws IOException {
        try {
            String line = RequestHead.line(in, HttpLimits.MAX_CHUNK_LINE_BYTES, 400, "chunk line too long");
            if (line == null) {
                throw new EOFException("the client closed inside a chunked body");
            }
            return line;
        } catch (BadRequest e) {
            throw new IOException(e.getMessage());
        }
    }
}

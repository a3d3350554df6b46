package io.roomservice.web.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** A body of a declared Content-Length: exactly that many bytes of the connection, no more. */
final class FixedLengthInput extends InputStream {

    private final InputStream in;
    private long left;

    FixedLengthInput(InputStream in, long length) {
        this.in = in;
        this.left = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (left == 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n < 0) {
            throw new EOFException("the client closed before sending its whole body");
        }
        left -= n;
        return n;
    }

    long left() {
        return left;
    }

    boolean finished() {
        return left == 0;
    }
}

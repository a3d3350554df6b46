package io.roomservice.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body: of the length sent with the headers, written through; or, when the length
 * was not known (0 in {@code sendResponseHeaders}), gathered and sent with its Content-Length on close.
 */
final class ResponseBody extends OutputStream {

    /** Writes the status line and headers with this Content-Length, then returns the connection's output. */
    interface Head {
        OutputStream send(long contentLength) throws IOException;
    }

    private final Head head;
    private final ByteArrayOutputStream gathered;
    private OutputStream out;
    private long left;
    private boolean closed;

    private ResponseBody(Head head, OutputStream out, long length) {
        this.head = head;
        this.out = out;
        this.left = length;
        this.gathered = out == null ? new ByteArrayOutputStream() : null;
    }

    /** A body of exactly {@code length} bytes (0: none) after the head already sent to {@code out}. */
    static ResponseBody fixed(OutputStream out, long length) {
        return new ResponseBody(null, out, length);
    }

    /** A body whose length is known only on close, when {@code head} is sent with it. */
    static ResponseBody gathered(Head head) {
        return new ResponseBody(head, null, 0);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("response body already closed");
        }
        if (gathered != null) {
            gathered.write(b, off, len);
            return;
        }
        if (len > left) {
            throw new IOException("response body longer than its Content-Length");
        }
        out.write(b, off, len);
        left -= len;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (gathered != null) {
            out = head.send(gathered.size());
            gathered.writeTo(out);
        }
    }

    /** Whether all the body announced was written: otherwise the connection cannot carry another answer. */
    boolean complete() {
        return closed && (gathered != null || left == 0);
    }
}

package io.roomservice.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body up to a cap, never past it: a declared Content-Length over the cap is
 * refused before a byte is read, and a chunked body is read only until it passes the cap.
 */
final class BodyReader {

    private static final int CHUNK = 8192;

    private BodyReader() {
    }

    /** The body, or empty when it is larger than {@code maxBytes}. */
    static Optional<byte[]> read(HttpExchange exchange, long maxBytes) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBytes) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                // The JDK server has already refused a malformed Content-Length; read to the cap.
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        InputStream in = exchange.getRequestBody();
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total))) > 0) {
            total += n;
            if (total > maxBytes) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }
}

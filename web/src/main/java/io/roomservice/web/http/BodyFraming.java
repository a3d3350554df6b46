package io.roomservice.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** Where a request's body ends: a Content-Length, a chunked transfer coding, or no body at all. */
final class BodyFraming {

    /** A Content-Length of more digits could overflow a long. */
    private static final int MAX_LENGTH_DIGITS = 18;

    private final InputStream stream;
    private final FixedLengthInput fixed;
    private final ChunkedInput chunked;

    private BodyFraming(FixedLengthInput fixed, ChunkedInput chunked) {
        this.fixed = fixed;
        this.chunked = chunked;
        this.stream = chunked != null ? chunked : fixed;
    }

    static BodyFraming of(RequestHead head, InputStream in) throws BadRequest {
        List<String> lengths = head.headers.get("Content-Length");
        String coding = head.header("Transfer-Encoding");
        if (coding != null) {
            // Both framings at once is how requests are smuggled past a proxy (RFC 9112 6.1): refused.
            if (lengths != null) {
                throw new BadRequest(400, "both Transfer-Encoding and Content-Length");
            }
            if (!"chunked".equals(coding.trim().toLowerCase(Locale.ROOT))) {
                throw new BadRequest(501, "only the chunked transfer coding is supported");
            }
            return new BodyFraming(null, new ChunkedInput(in));
        }
        return new BodyFraming(new FixedLengthInput(in, lengths == null ? 0 : length(lengths)), null);
    }

    private static long length(List<String> values) throws BadRequest {
        String first = null;
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                String v = part.trim();
                if (v.isEmpty() || v.length() > MAX_LENGTH_DIGITS || !v.chars().allMatch(c -> c >= '0' && c <= '9')
                        || (first != null && !first.equals(v))) {
                    throw new BadRequest(400, "malformed Content-Length");
                }
                first = v;
            }
        }
        return Long.parseLong(first);
    }

    InputStream stream() {
        return stream;
    }

    /** Reads what the handler left of the body, up to a limit; false when the connection cannot go on (too much left, or broken). */
    boolean skipRest() {
        byte[] sink = new byte[8192];
        long budget = HttpLimits.MAX_SKIPPED_BODY_BYTES;
        if (fixed != null && fixed.left() > budget) {
            return false;
        }
        try {
            while (!finished()) {
                if (budget <= 0) {
                    return false;
                }
                int n = stream.read(sink, 0, (int) Math.min(sink.length, budget));
                if (n < 0) {
                    return finished();
                }
                budget -= n;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean finished() {
        return chunked != null ? chunked.finished() : fixed.finished();
    }
}

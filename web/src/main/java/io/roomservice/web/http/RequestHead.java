package io.roomservice.web.http;

import com.sun.net.httpserver.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The request line and headers of one request, read within the limits. */
final class RequestHead {

    final String method;
    final String target;
    final String version;
    final Headers headers;

    private RequestHead(String method, String target, String version, Headers headers) {
        this.method = method;
        this.target = target;
        this.version = version;
        this.headers = headers;
    }

    /** The next request's head, or null when the client closed the connection between requests. */
    static RequestHead read(InputStream in, int maxHeaders) throws IOException, BadRequest {
        String line;
        do {
            line = line(in, HttpLimits.MAX_REQUEST_LINE_BYTES, 414, "request line too long");
            if (line == null) {
                return null;
            }
        } while (line.isEmpty()); // RFC 9112 2.2: a server should ignore an empty line before the request line.
        int first = line.indexOf(' ');
        int last = line.lastIndexOf(' ');
        if (first <= 0 || last == first) {
            throw new BadRequest(400, "malformed request line");
        }
        String method = line.substring(0, first);
        String version = line.substring(last + 1);
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new BadRequest(version.startsWith("HTTP/") ? 505 : 400, "only HTTP/1.1 and HTTP/1.0 are served");
        }
        if (!Tokens.isToken(method)) {
            throw new BadRequest(400, "malformed request line");
        }
        // Spaces inside the target stay in it: such a target is malformed, and the front answers it.
        return new RequestHead(method, line.substring(first + 1, last), version, headers(in, maxHeaders));
    }

    private static Headers headers(InputStream in, int maxHeaders) throws IOException, BadRequest {
        Headers headers = new Headers();
        int count = 0;
        int budget = HttpLimits.MAX_HEADER_BYTES;
        while (true) {
            String line = line(in, budget, 431, "headers too large");
            if (line == null) {
                throw new BadRequest(400, "incomplete request");
            }
            if (line.isEmpty()) {
                return headers;
            }
            budget -= line.length() + 2;
            if (++count > maxHeaders) {
                throw new BadRequest(431, "too many headers");
            }
            int colon = line.indexOf(':');
            // No obsolete line folding, no space before the colon, no CR or NUL in a value (RFC 9112 5, RFC 9110 5.5).
            if (colon <= 0 || !Tokens.isToken(line.substring(0, colon)) || line.indexOf('\r') >= 0 || line.indexOf(0) >= 0) {
                throw new BadRequest(400, "malformed header");
            }
            headers.add(line.substring(0, colon), line.substring(colon + 1).trim());
        }
    }

    /** One line without its CRLF (a bare LF ends one too), or null at the end of the stream before any byte. */
    static String line(InputStream in, int maxBytes, int status, String tooLong) throws IOException, BadRequest {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (out.size() == 0) {
                    return null;
                }
                throw new BadRequest(400, "incomplete request");
            }
            if (out.size() >= maxBytes) {
                throw new BadRequest(status, tooLong);
            }
            out.write(b);
        }
        int length = out.size();
        byte[] bytes = out.toByteArray();
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    String header(String name) {
        return headers.getFirst(name);
    }
}

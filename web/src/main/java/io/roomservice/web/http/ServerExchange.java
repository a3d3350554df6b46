package io.roomservice.web.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request and its answer on a {@link Connection}, as the JDK server's exchange, so that
 * handlers written for it run unchanged. The answer always carries a Content-Length.
 */
public final class ServerExchange extends HttpExchange {

    private final Connection connection;
    private final RequestHead head;
    private final RequestTarget target;
    private final Headers responseHeaders = new Headers();
    private final Map<String, Object> attributes = new HashMap<>();
    private InputStream requestBody;
    private OutputStream responseStream;
    private ResponseBody responseBody;
    private boolean continuePending;
    private int responseCode = -1;

    ServerExchange(Connection connection, RequestHead head, RequestTarget target, InputStream body) {
        this.connection = connection;
        this.head = head;
        this.target = target;
        this.continuePending = "100-continue".equalsIgnoreCase(head.header("Expect")) && head.version.equals("HTTP/1.1");
        this.requestBody = continuePending ? new ContinueFirst(body) : body;
    }

    /** Whether the request target is not a valid URI (a bad % escape, a space, a character URIs do not allow): {@link #getRequestURI()} is then a lenient reading of it. */
    public boolean targetIsMalformed() {
        return target.malformed;
    }

    @Override
    public Headers getRequestHeaders() {
        return head.headers;
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return target.uri;
    }

    @Override
    public String getRequestMethod() {
        return head.method;
    }

    @Override
    public HttpContext getHttpContext() {
        return null; // contexts are path prefixes here, with nothing else to them
    }

    @Override
    public void close() {
        try {
            if (responseBody != null) {
                responseStream.close();
            }
        } catch (IOException e) {
            connection.mustClose();
        }
    }

    @Override
    public InputStream getRequestBody() {
        return requestBody;
    }

    @Override
    public OutputStream getResponseBody() {
        if (responseStream == null) {
            throw new IllegalStateException("sendResponseHeaders has not been called");
        }
        return responseStream;
    }

    /** As the JDK server: {@code length} -1 for no body, 0 for a body of a length not yet known. */
    @Override
    public void sendResponseHeaders(int code, long length) throws IOException {
        if (responseCode >= 0) {
            throw new IOException("headers already sent");
        }
        responseCode = code;
        boolean bodiless = "HEAD".equals(head.method) || code == 204 || code == 304;
        if (length == 0 && !bodiless) {
            responseBody = ResponseBody.gathered(this::writeHead);
        } else {
            long bytes = bodiless || length < 0 ? 0 : length;
            responseBody = ResponseBody.fixed(writeHead(bytes), bytes);
        }
        responseStream = responseBody;
    }

    private OutputStream writeHead(long contentLength) throws IOException {
        if (!keepAlive() || connection.serverStopping()) {
            connection.mustClose();
        }
        StringBuilder out = new StringBuilder(256).append("HTTP/1.1 ").append(responseCode).append(' ')
                .append(Reasons.of(responseCode)).append("\r\n");
        responseHeaders.set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        if (responseCode != 204 && responseCode != 304) {
            responseHeaders.set("Content-Length", Long.toString(contentLength));
        }
        if (connection.closing()) {
            responseHeaders.set("Connection", "close");
        } else if (head.version.equals("HTTP/1.0")) {
            responseHeaders.set("Connection", "keep-alive");
        }
        for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
            for (String value : header.getValue()) {
                out.append(header.getKey()).append(": ").append(value).append("\r\n");
            }
        }
        OutputStream socket = connection.startAnswer();
        socket.write(out.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        return socket;
    }

    /** Per HTTP/1.1: kept unless either side says close; HTTP/1.0 closes unless the client asks to keep it. */
    private boolean keepAlive() {
        if (hasToken(responseHeaders.getFirst("Connection"), "close") || hasToken(head.header("Connection"), "close")) {
            return false;
        }
        return head.version.equals("HTTP/1.1") || hasToken(head.header("Connection"), "keep-alive");
    }

    private static boolean hasToken(String header, String token) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            if (part.trim().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }

    /** After a handler failed: whatever was sent, the connection cannot be trusted with another request. */
    void abandon() {
        connection.mustClose();
    }

    /** Whether the answer went out whole and the request body was not left waiting on a 100 Continue. */
    boolean completed() {
        return responseBody != null && responseBody.complete() && !continuePending;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return connection.remoteAddress();
    }

    @Override
    public int getResponseCode() {
        return responseCode;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return connection.localAddress();
    }

    @Override
    public String getProtocol() {
        return head.version;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
        if (in != null) {
            requestBody = in;
        }
        if (out != null) {
            responseStream = out;
        }
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }

    /** Sends {@code 100 Continue} when the handler first reads the body: a request refused before (413) never gets it. */
    private final class ContinueFirst extends InputStream {
        private final InputStream body;

        ContinueFirst(InputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            sendContinue();
            return body.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            sendContinue();
            return body.read(b, off, len);
        }

        private void sendContinue() throws IOException {
            if (continuePending && responseCode < 0) {
                connection.sendContinue();
            }
            continuePending = false;
        }
    }
}

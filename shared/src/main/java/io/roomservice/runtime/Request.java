package io.roomservice.runtime;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request, whatever event brought it: an API-Gateway event, a Function-URL event, or
 * a cloud-function invocation. Only an invocation carries a platform identity: the
 * platform (WeChat cloud development / TCB) injects {@code userInfo.openId}; an HTTP
 * body cannot.
 */
public final class Request {

    public enum Kind { HTTP, INVOKE }

    private final Kind kind;
    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final String body;
    private final Map<String, Object> invokeData;
    private final String platformUserId;
    private final String requestId;
    private final String sourceIp;

    private Request(Builder b) {
        this.kind = b.kind;
        this.method = b.method;
        this.path = b.path;
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(b.headers);
        this.headers = Collections.unmodifiableMap(h);
        this.query = Collections.unmodifiableMap(b.query);
        this.body = b.body;
        this.invokeData = Collections.unmodifiableMap(b.invokeData);
        this.platformUserId = b.platformUserId;
        this.requestId = b.requestId;
        this.sourceIp = b.sourceIp;
    }

    public static Builder http(String method, String path) {
        Builder b = new Builder(Kind.HTTP);
        b.method = method;
        b.path = path;
        return b;
    }

    public static Builder invoke(Map<String, Object> data, String platformUserId) {
        Builder b = new Builder(Kind.INVOKE);
        b.method = "INVOKE";
        b.invokeData = data;
        b.platformUserId = platformUserId;
        return b;
    }

    public Kind kind() {
        return kind;
    }

    public String method() {
        return method;
    }

    /** The HTTP path; null for an invocation. */
    public String path() {
        return path;
    }

    /** A header, looked up without regard to case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Map<String, String> query() {
        return query;
    }

    /** The HTTP body as text; null for an invocation or an empty body. */
    public String body() {
        return body;
    }

    /** The invocation's data fields (everything but the platform's userInfo). */
    public Map<String, Object> invokeData() {
        return invokeData;
    }

    /** The openId the platform vouches for; only an invocation has one. */
    public Optional<String> platformUserId() {
        return Optional.ofNullable(platformUserId);
    }

    public String requestId() {
        return requestId;
    }

    public Optional<String> sourceIp() {
        return Optional.ofNullable(sourceIp);
    }

    public static final class Builder {
        private final Kind kind;
        private String method;
        private String path;
        private Map<String, String> headers = Map.of();
        private Map<String, String> query = Map.of();
        private String body;
        private Map<String, Object> invokeData = Map.of();
        private String platformUserId;
        private String requestId = "";
        private String sourceIp;

        private Builder(Kind kind) {
            this.kind = kind;
        }

        public Builder headers(Map<String, String> headers) {
            this.headers = headers;
            return this;
        }

        public Builder query(Map<String, String> query) {
            this.query = query;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId == null ? "" : requestId;
            return this;
        }

        public Builder sourceIp(String sourceIp) {
            this.sourceIp = sourceIp;
            return this;
        }

        public Request build() {
            return new Request(this);
        }
    }
}

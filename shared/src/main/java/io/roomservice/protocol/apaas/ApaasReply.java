package io.roomservice.protocol.apaas;

import java.util.LinkedHashMap;
import java.util.Map;

/** A successful aPaaS answer: the message and the {@code data} payload (null: no data field). */
public final class ApaasReply {

    private final String message;
    private final Object data;
    private final Map<String, Object> extra;

    public ApaasReply(String message, Object data) {
        this(message, data, Map.of());
    }

    private ApaasReply(String message, Object data, Map<String, Object> extra) {
        this.message = message;
        this.data = data;
        this.extra = extra;
    }

    /** The reply with one more top-level field beside {@code data} (e.g. {@code nextCursor}, when data is a list). */
    public ApaasReply with(String field, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extra);
        more.put(field, value);
        return new ApaasReply(message, data, more);
    }

    public static ApaasReply message(String message) {
        return new ApaasReply(message, null);
    }

    public String message() {
        return message;
    }

    public Object data() {
        return data;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}

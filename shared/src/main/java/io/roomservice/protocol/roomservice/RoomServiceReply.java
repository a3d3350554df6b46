package io.roomservice.protocol.roomservice;

import java.util.LinkedHashMap;
import java.util.Map;

/** A successful RoomService answer: the fields that go beside {@code code} and {@code message}. */
public final class RoomServiceReply {

    public static final String OK = "请求成功";

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static RoomServiceReply ok() {
        return new RoomServiceReply();
    }

    public RoomServiceReply with(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    Map<String, Object> fields() {
        return fields;
    }
}

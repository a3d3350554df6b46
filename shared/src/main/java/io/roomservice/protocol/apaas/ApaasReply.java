package io.roomservice.protocol.apaas;

/** A successful aPaaS answer: the message and the {@code data} payload (null: no data field). */
public final class ApaasReply {

    private final String message;
    private final Object data;

    public ApaasReply(String message, Object data) {
        this.message = message;
        this.data = data;
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
}

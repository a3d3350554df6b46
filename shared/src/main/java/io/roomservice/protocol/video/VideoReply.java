package io.roomservice.protocol.video;

/** A successful video answer: the message and the {@code data} payload. */
public final class VideoReply {

    private final String message;
    private final Object data;

    public VideoReply(String message, Object data) {
        this.message = message;
        this.data = data;
    }

    public String message() {
        return message;
    }

    public Object data() {
        return data;
    }
}

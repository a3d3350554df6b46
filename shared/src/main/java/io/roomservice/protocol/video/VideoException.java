package io.roomservice.protocol.video;

/** Ends a video action with one of the family's codes and a message safe to show. */
public final class VideoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final VideoCode code;

    public VideoException(VideoCode code, String message) {
        super(message);
        this.code = code;
    }

    public VideoCode code() {
        return code;
    }
}

package io.roomservice.infra.wechat;

/** WeChat refused the login, or could not be asked. The message is safe to show. */
public final class WeChatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether the caller can fix it (a new code) or must try again later. */
    public enum Kind { INVALID_CODE, RATE_LIMITED, BUSY, UNAVAILABLE }

    private final Kind kind;

    WeChatException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

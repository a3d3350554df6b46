package io.roomservice.infra.im;

/** An IM REST call failed: a transport error, a timeout, or an ErrorCode other than 0. Never quotes the admin UserSig. */
public final class ImException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errorCode;

    ImException(int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** The provider's ErrorCode, or -1 when no answer was understood. */
    public int errorCode() {
        return errorCode;
    }
}

package io.roomservice.domain.user;

/** An account operation was refused. The message is safe to show: it never quotes a secret. */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why; each family maps these to its own codes. */
    public enum Reason {
        BAD_INPUT, BAD_EMAIL, BAD_SEARCH, NOTHING_TO_UPDATE, UNKNOWN_TENANT,
        USERNAME_TAKEN, SIGNATURE_REJECTED, RATE_LIMITED,
        CODE_INVALID, CODE_EXPIRED, CODE_USED_UP, DELIVERY_FAILED,
        USER_NOT_FOUND,
        /** An outside service the answer depends on (the captcha) did not answer. */
        SERVICE_UNAVAILABLE
    }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

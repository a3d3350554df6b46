package io.roomservice.domain.limits;

/** A limit was reached: nothing was done; the message says what and when to retry, and each family renders it with its code. */
public final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Limited limited;
    private final long retryAfterSeconds;

    LimitExceeded(Limited limited, boolean byAddress, long retryAfterSeconds) {
        super("too many " + limited.description() + " from this " + (byAddress ? "address" : "account")
                + "; try again in " + retryAfterSeconds + " s");
        this.limited = limited;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Limited limited() {
        return limited;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

package io.roomservice.domain.webhooks;

/** How one delivery attempt went: any 2xx answer delivers; anything else is a short reason, kept with the event. */
public final class Attempt {

    private static final Attempt DELIVERED = new Attempt(true, "");
    /** webhook_outbox.last_error's width. */
    private static final int MAX_ERROR_CHARS = 200;

    private final boolean delivered;
    private final String error;

    private Attempt(boolean delivered, String error) {
        this.delivered = delivered;
        this.error = error;
    }

    public static Attempt delivered() {
        return DELIVERED;
    }

    public static Attempt failed(String error) {
        return new Attempt(false, error.length() > MAX_ERROR_CHARS ? error.substring(0, MAX_ERROR_CHARS) : error);
    }

    public boolean isDelivered() {
        return delivered;
    }

    public String error() {
        return error;
    }
}

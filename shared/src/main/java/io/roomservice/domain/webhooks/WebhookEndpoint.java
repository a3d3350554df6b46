package io.roomservice.domain.webhooks;

/** Where a tenant's events go and the key that signs them. */
public final class WebhookEndpoint {

    private final String url;
    private final String signingKey;

    public WebhookEndpoint(String url, String signingKey) {
        this.url = url;
        this.signingKey = signingKey;
    }

    public String url() {
        return url;
    }

    public String signingKey() {
        return signingKey;
    }

    /** Never the key. */
    @Override
    public String toString() {
        return url;
    }
}

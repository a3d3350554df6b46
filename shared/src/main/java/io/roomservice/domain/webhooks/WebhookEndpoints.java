package io.roomservice.domain.webhooks;

import java.util.Optional;

/** Each tenant's receiver: the deployment's own tenant ('') from the settings, the others from their stored endpoints. */
public interface WebhookEndpoints {

    /** The tenant's receiver; empty when it has none (its events are dropped). */
    Optional<WebhookEndpoint> of(String tenant);
}

package io.roomservice.domain.webhooks;

/** Sends one event to a receiver, signed, within a bounded time. */
public interface WebhookTransport {

    /** Never throws: a receiver that fails, times out or cannot be reached is an {@link Attempt} that failed. */
    Attempt send(WebhookEndpoint endpoint, OutboxEvent event);
}

package io.roomservice.infra.webhooks;

import io.roomservice.domain.webhooks.Attempt;
import io.roomservice.domain.webhooks.OutboxEvent;
import io.roomservice.domain.webhooks.WebhookEndpoint;
import io.roomservice.domain.webhooks.WebhookTransport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Webhooks over HTTP: a POST of the event's body with {@code Content-Type: application/json}
 * and the id, timestamp and signature headers. Any 2xx answer delivers; redirects are not
 * followed (a receiver that moved answers 3xx, which fails until its endpoint is updated).
 * Connecting and answering are each bounded by the timeout.
 */
public final class HttpWebhookTransport implements WebhookTransport {

    private static final String USER_AGENT = "room-service-webhooks/1";
    private static final int FIRST_SUCCESS = 200;
    private static final int FIRST_NON_SUCCESS = 300;
    private static final long MILLIS_PER_SECOND = 1000;

    private final Duration timeout;
    private final Clock clock;
    /** Built on first use: an HttpClient loads the TLS stack, which a cold start that sends nothing never needs. */
    private HttpClient http;

    public HttpWebhookTransport(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return http;
    }

    @Override
    public Attempt send(WebhookEndpoint endpoint, OutboxEvent event) {
        long timestamp = clock.millis() / MILLIS_PER_SECOND;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header(WebhookSignature.ID_HEADER, event.eventId())
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(endpoint.signingKey(), timestamp, event.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(event.body(), StandardCharsets.UTF_8))
                    .build();
            int status = http().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= FIRST_SUCCESS && status < FIRST_NON_SUCCESS ? Attempt.delivered() : Attempt.failed("HTTP " + status);
        } catch (HttpTimeoutException e) {
            return Attempt.failed("no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return Attempt.failed("cannot connect");
        } catch (IOException e) {
            return Attempt.failed("connection failed");
        } catch (IllegalArgumentException e) {
            return Attempt.failed("the endpoint URL is not usable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed("interrupted");
        }
    }
}

package io.roomservice.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as docs/webhooks.md tells customers to write one, written apart from the
 * sender's own code so that it checks the sender: it verifies {@code X-Webhook-Signature}
 * ({@code v1=} hex HMAC-SHA256 of timestamp + "." + raw body) in constant time, refuses a
 * {@code X-Webhook-Timestamp} outside its window, and de-duplicates by {@code X-Webhook-Id}.
 * Plug it into a {@link RecordingHttpServer} with {@code respondWith(path, receiver)}: the
 * server records every arrival, this keeps each accepted event once, in arrival order.
 *
 * <p>Faults for tests: {@link #failNext} answers 503 before looking at the request;
 * {@link #loseAcksOfNext} accepts the event and then answers 500, as if the answer was lost.
 */
public final class WebhookReceiver implements Function<RecordedRequest, Reply> {

    /** How far a timestamp may be from the receiver's clock, in seconds. */
    public static final long DEFAULT_WINDOW_SECONDS = 300;

    /** One event accepted for the first time, with when it arrived (epoch ms, the receiver's wall clock). */
    public record Accepted(String id, String body, long arrivedAtMillis) {
    }

    private final byte[] key;
    private final long windowSeconds;
    private final LongSupplier nowSeconds;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger loseAcks = new AtomicInteger();

    public WebhookReceiver(String key, long windowSeconds, LongSupplier nowSeconds) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.windowSeconds = windowSeconds;
        this.nowSeconds = nowSeconds;
    }

    /** With the default window, on the wall clock. */
    public WebhookReceiver(String key) {
        this(key, DEFAULT_WINDOW_SECONDS, () -> System.currentTimeMillis() / 1000);
    }

    public void failNext(int requests) {
        failNext.set(requests);
    }

    public void loseAcksOfNext(int requests) {
        loseAcks.set(requests);
    }

    @Override
    public Reply apply(RecordedRequest request) {
        long arrived = System.currentTimeMillis();
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new Reply(503, "text/plain", "not now");
        }
        if (!verified(request)) {
            refused.incrementAndGet();
            return new Reply(401, "text/plain", "bad signature or timestamp");
        }
        String id = request.header("X-Webhook-Id");
        if (seen.add(id)) {
            accepted.add(new Accepted(id, request.body(), arrived));
        } else {
            duplicates.incrementAndGet();
        }
        if (loseAcks.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new Reply(500, "text/plain", "answer lost");
        }
        return new Reply(204, null, null);
    }

    private boolean verified(RecordedRequest request) {
        String timestamp = request.header("X-Webhook-Timestamp");
        String signature = request.header("X-Webhook-Signature");
        if (timestamp == null || signature == null || !timestamp.matches("[0-9]{1,12}")) {
            return false;
        }
        if (Math.abs(nowSeconds.getAsLong() - Long.parseLong(timestamp)) > windowSeconds) {
            return false;
        }
        byte[] expected = ("v1=" + HexFormat.of().formatHex(hmac((timestamp + "." + request.body())
                .getBytes(StandardCharsets.UTF_8)))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each event once, in the order of first arrival. */
    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** Arrivals of an id already accepted. */
    public int duplicates() {
        return duplicates.get();
    }

    /** Requests refused for their signature or timestamp. */
    public int refused() {
        return refused.get();
    }
}

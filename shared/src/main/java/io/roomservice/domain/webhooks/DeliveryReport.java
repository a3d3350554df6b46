package io.roomservice.domain.webhooks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one run of the sender did: events delivered, retried later, given up, dropped; rooms that failed; rows purged. */
public final class DeliveryReport {

    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger deferred = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger purged = new AtomicInteger();
    private final AtomicLong earliestRetryAt = new AtomicLong(Long.MAX_VALUE);
    private volatile String lastTenant;

    void delivered() {
        delivered.incrementAndGet();
    }

    void retried(long nextAttemptAt) {
        retried.incrementAndGet();
        earliestRetryAt.accumulateAndGet(nextAttemptAt, Math::min);
    }

    void tenant(String tenant) {
        lastTenant = tenant;
    }

    /** The tenant of the last event this run tried to send (or found every slot of taken). */
    public java.util.Optional<String> lastTenant() {
        return java.util.Optional.ofNullable(lastTenant);
    }

    void givenUp() {
        givenUp.incrementAndGet();
    }

    void dropped() {
        dropped.incrementAndGet();
    }

    void deferred() {
        deferred.incrementAndGet();
    }

    void failed() {
        failed.incrementAndGet();
    }

    void purged(int rows) {
        purged.addAndGet(rows);
    }

    public int deliveredCount() {
        return delivered.get();
    }

    /** Events whose attempt failed and that wait for a later one. */
    public int retriedCount() {
        return retried.get();
    }

    /** When the first event this run rescheduled is due again (epoch ms); empty when none was. */
    public java.util.OptionalLong earliestRetryAt() {
        long at = earliestRetryAt.get();
        return at == Long.MAX_VALUE ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(at);
    }

    public int givenUpCount() {
        return givenUp.get();
    }

    /** Events of tenants without a receiver. */
    public int droppedCount() {
        return dropped.get();
    }

    /** Rooms left for later because their tenant's receiver is failing or busy. */
    public int deferredCount() {
        return deferred.get();
    }

    /** Rooms this run could not work on (the database failed). */
    public int failedCount() {
        return failed.get();
    }

    public int purgedCount() {
        return purged.get();
    }

    @Override
    public String toString() {
        return "delivered " + delivered + ", retried " + retried + ", given up " + givenUp + ", dropped " + dropped
                + ", deferred " + deferred + ", failed " + failed + ", purged " + purged;
    }
}

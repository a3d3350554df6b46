package io.roomservice.domain.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: each room's events in seq order, one at a time, by the one sender
 * holding the room's lease. A failed attempt stops the room (its later events wait, so they
 * never overtake it) and is retried with backoff; an event still failing after the give-up
 * age is given up and the room moves on; a tenant without a receiver has its events dropped.
 * Delivery is at least once: an event whose answer was lost is sent again.
 */
public final class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class.getName());
    /**
     * Finished rows the timer deletes per run at most, so a backlog of old rows is worked off
     * over several runs rather than in one long DELETE.
     */
    static final int PURGE_ROWS_PER_RUN = 5000;

    /** How one room's turn ended. */
    public enum RoomOutcome {
        /** Nothing pending is due any more (sent, given up or dropped, or waiting for its retry). */
        DONE,
        /** Its tenant's receiver is failing: left for the timer. */
        TENANT_BACKING_OFF,
        /** Its tenant has every in-flight slot: try again shortly. */
        TENANT_BUSY,
        /** Another sender holds the room. */
        HELD_ELSEWHERE,
        /** Events kept coming for {@link #MAX_PASSES_PER_TURN} passes: the room yields its thread and goes again later. */
        STILL_DUE
    }

    /**
     * Passes over one room in one turn. A hint that finds the room held is dropped, so the
     * holder looks again after each release; a room that is changed without pause yields after
     * this many passes so that other rooms get the thread.
     */
    static final int MAX_PASSES_PER_TURN = 50;

    private final WebhookOutbox outbox;
    private final WebhookEndpoints endpoints;
    private final WebhookTransport transport;
    private final RetryPolicy retry;
    private final TenantWindows tenants;
    private final WebhookRules rules;
    private final Clock clock;
    private final String owner;
    private final AtomicLong turns = new AtomicLong();

    /** The clock the sender reads (for those who schedule its retries). */
    public Clock clock() {
        return clock;
    }

    public WebhookDeliveries(WebhookOutbox outbox, WebhookEndpoints endpoints, WebhookTransport transport, RetryPolicy retry,
            TenantWindows tenants, WebhookRules rules, Clock clock, String owner) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.transport = transport;
        this.retry = retry;
        this.tenants = tenants;
        this.rules = rules;
        this.clock = clock;
        this.owner = owner;
    }

    /** Delivers one room's due events now, if no other sender holds it (after a commit). */
    public RoomOutcome deliverRoom(long roomSid, DeliveryReport report) {
        // The hint of an event committed while this turn held the lease found the room taken: look again after release.
        // Each turn holds the lease under its own name, so two threads of this instance never share a room.
        String holder = owner + "/" + turns.incrementAndGet();
        for (int pass = 0; pass < MAX_PASSES_PER_TURN; pass++) {
            long now = clock.millis();
            if (!outbox.lease(roomSid, holder, now, now + rules.leaseMillis())) {
                return RoomOutcome.HELD_ELSEWHERE;
            }
            RoomOutcome outcome;
            try {
                outcome = sendInOrder(roomSid, holder, now + rules.leaseMillis(), report);
            } finally {
                outbox.release(roomSid, holder);
            }
            if (outcome != RoomOutcome.DONE || !outbox.hasDue(roomSid, clock.millis())) {
                return outcome;
            }
        }
        return RoomOutcome.STILL_DUE;
    }

    /**
     * The timer's run: every room with due events, the longest-waiting first, at most
     * {@code maxRooms} and until {@code budgetMillis} of wall time have passed; then deletes
     * finished rows older than the retention.
     */
    public DeliveryReport deliverDue(int maxRooms, long budgetMillis) {
        DeliveryReport report = new DeliveryReport();
        long stopAt = System.nanoTime() + budgetMillis * 1_000_000L;
        List<DueRoom> rooms = outbox.dueRooms(clock.millis(), maxRooms);
        for (DueRoom room : rooms) {
            if (System.nanoTime() - stopAt > 0) {
                break;
            }
            if (tenants.backingOff(room.tenant(), clock.millis())) {
                report.deferred();
                continue;
            }
            try {
                RoomOutcome outcome = deliverRoom(room.roomSid(), report);
                if (outcome == RoomOutcome.TENANT_BACKING_OFF || outcome == RoomOutcome.TENANT_BUSY) {
                    report.deferred();
                }
            } catch (RuntimeException e) {
                report.failed();
                LOG.log(Level.WARNING, "webhooks: room " + room.roomSid() + " could not be delivered: " + e.getMessage());
            }
        }
        report.purged(outbox.purgeFinished(clock.millis() - rules.retentionMillis(), PURGE_ROWS_PER_RUN));
        return report;
    }

    private RoomOutcome sendInOrder(long roomSid, String holder, long leasedUntil, DeliveryReport report) {
        long leaseEnds = leasedUntil;
        while (true) {
            long now = clock.millis();
            Optional<OutboxEvent> next = outbox.nextPending(roomSid);
            if (next.isEmpty() || next.get().nextAttemptAt() > now) {
                return RoomOutcome.DONE;
            }
            OutboxEvent event = next.get();
            Optional<WebhookEndpoint> endpoint = endpoints.of(event.tenant());
            if (endpoint.isEmpty()) {
                outbox.dropped(event.rowId(), now);
                report.dropped();
                continue;
            }
            if (tenants.backingOff(event.tenant(), now)) {
                return RoomOutcome.TENANT_BACKING_OFF;
            }
            // Renewed once half of it has passed: the half left outlasts any attempt's timeout (at most a third of a lease).
            if (leaseEnds - now < rules.leaseMillis() / 2) {
                if (!outbox.lease(roomSid, holder, now, now + rules.leaseMillis())) {
                    return RoomOutcome.HELD_ELSEWHERE;
                }
                leaseEnds = now + rules.leaseMillis();
            }
            report.tenant(event.tenant());
            if (!tenants.tryBegin(event.tenant())) {
                return RoomOutcome.TENANT_BUSY;
            }
            Attempt attempt = Attempt.failed("not sent");
            try {
                attempt = transport.send(endpoint.get(), event);
            } finally {
                tenants.end(event.tenant(), attempt.isDelivered(), clock.millis());
            }
            if (!settle(event, attempt, report)) {
                return RoomOutcome.DONE;
            }
        }
    }

    /** Records the attempt; whether the room goes on to its next event. */
    private boolean settle(OutboxEvent event, Attempt attempt, DeliveryReport report) {
        long now = clock.millis();
        if (attempt.isDelivered()) {
            outbox.delivered(event.rowId(), now);
            report.delivered();
            return true;
        }
        if (retry.givesUp(event.createdAt(), now)) {
            outbox.givenUp(event.rowId(), now, attempt.error());
            report.givenUp();
            LOG.warning("webhooks: gave up " + event + " of tenant '" + event.tenant() + "' after " + (event.attempts() + 1)
                    + " attempts: " + attempt.error());
            return true;
        }
        long nextAttemptAt = retry.nextAttemptAt(event.attempts() + 1, now);
        outbox.retryAt(event.rowId(), nextAttemptAt, attempt.error());
        report.retried(nextAttemptAt);
        return false;
    }
}

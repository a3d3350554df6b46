package io.roomservice.domain.webhooks;

import io.roomservice.domain.events.EventsCommitted;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the rooms a commit names at once, on a few daemon threads of this instance, so
 * the request that committed does not wait for receivers. A hint is only a hint: when the
 * queue is full, or the instance is frozen or killed, the timer delivers what it missed. A
 * room already waiting in the queue is not queued twice. The threads start on the first hint.
 */
public final class AfterCommitDelivery implements EventsCommitted, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AfterCommitDelivery.class.getName());
    /** Sending threads per instance: several rooms at once, few enough for a 2-core function. */
    public static final int THREADS = 4;
    /** Rooms waiting at most; beyond, hints are dropped and the timer delivers them. */
    public static final int MAX_QUEUED_ROOMS = 1000;
    /**
     * A failed event due again within this long is retried by this instance (the web function
     * and the gateway keep running); a later one is left to the timer.
     */
    static final long MAX_IN_PROCESS_RETRY_MILLIS = 60_000;
    /**
     * A room whose tenant had every in-flight slot waits until one of this instance's turns
     * ends, or this long at most (the turn holding the slot may end just before it waits).
     */
    static final long BUSY_RETRY_MILLIS = 100;

    private final Supplier<WebhookDeliveries> deliveries;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    /** Per tenant, rooms that found every in-flight slot taken, oldest first: a turn of the tenant that ends hands its slot on. */
    private final Map<String, Set<Long>> parked = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile ScheduledThreadPoolExecutor executor;
    private volatile boolean closed;

    public AfterCommitDelivery(Supplier<WebhookDeliveries> deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void rooms(Collection<Long> roomSids) {
        if (roomSids.isEmpty()) {
            return;
        }
        for (Long sid : roomSids) {
            submit(sid, 0);
        }
    }

    private void submit(long roomSid, long delayMillis) {
        if (closed || !queued.add(roomSid)) {
            return; // already waiting: that turn sends this commit's events too
        }
        if (waiting.incrementAndGet() > MAX_QUEUED_ROOMS) {
            waiting.decrementAndGet();
            queued.remove(roomSid);
            return;
        }
        schedule(roomSid, delayMillis);
    }

    private void schedule(long roomSid, long delayMillis) {
        try {
            executor().schedule(() -> run(roomSid), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            waiting.decrementAndGet();
            queued.remove(roomSid); // closing
        }
    }

    private void park(String tenant, long roomSid) {
        parked.computeIfAbsent(tenant, t -> Collections.synchronizedSet(new LinkedHashSet<>())).add(roomSid);
    }

    /** The tenant's oldest parked room, taken off the list. */
    private Optional<Long> unpark(String tenant) {
        Set<Long> rooms = parked.get(tenant);
        if (rooms == null) {
            return Optional.empty();
        }
        synchronized (rooms) {
            Iterator<Long> oldest = rooms.iterator();
            if (!oldest.hasNext()) {
                return Optional.empty();
            }
            Long sid = oldest.next();
            oldest.remove();
            return Optional.of(sid);
        }
    }

    private void run(long roomSid) {
        waiting.decrementAndGet();
        Optional<Long> next = Optional.of(roomSid);
        while (next.isPresent() && !closed) {
            next = turn(next.get());
        }
    }

    /**
     * One room's turn; then, when it sent for a tenant, that tenant's oldest parked room, in
     * this thread: the slot this turn just freed goes to the room that waited for it, not to
     * whichever turn comes first (which under steady load would starve it).
     */
    private Optional<Long> turn(long roomSid) {
        queued.remove(roomSid); // a hint from now on queues another turn, which sees what this one did not
        try {
            DeliveryReport report = new DeliveryReport();
            WebhookDeliveries sender = deliveries.get();
            WebhookDeliveries.RoomOutcome outcome = sender.deliverRoom(roomSid, report);
            if (outcome == WebhookDeliveries.RoomOutcome.TENANT_BUSY) {
                report.lastTenant().ifPresent(tenant -> park(tenant, roomSid));
                submit(roomSid, BUSY_RETRY_MILLIS);
                return Optional.empty();
            }
            if (report.earliestRetryAt().isPresent()) {
                long delay = Math.max(0, report.earliestRetryAt().getAsLong() - sender.clock().millis());
                if (delay <= MAX_IN_PROCESS_RETRY_MILLIS) {
                    submit(roomSid, delay);
                }
            } else if (outcome == WebhookDeliveries.RoomOutcome.STILL_DUE) {
                submit(roomSid, 0);
            }
            return report.lastTenant().flatMap(this::unpark);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhooks: room " + roomSid + " left for the timer: " + e.getMessage());
            return Optional.empty();
        }
    }

    private ScheduledThreadPoolExecutor executor() {
        ScheduledThreadPoolExecutor e = executor;
        if (e == null) {
            synchronized (this) {
                e = executor;
                if (e == null) {
                    AtomicInteger n = new AtomicInteger();
                    e = new ScheduledThreadPoolExecutor(THREADS, task -> {
                        Thread t = new Thread(task, "webhook-sender-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                    e.setRemoveOnCancelPolicy(true);
                    executor = e;
                }
            }
        }
        return e;
    }

    /** Stops taking hints; rooms in flight finish their current attempt (the lease covers the rest). */
    @Override
    public void close() {
        closed = true;
        ScheduledThreadPoolExecutor e = executor;
        if (e != null) {
            e.shutdownNow();
        }
    }
}

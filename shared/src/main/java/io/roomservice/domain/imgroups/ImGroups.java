package io.roomservice.domain.imgroups;

import io.roomservice.domain.imgroups.GroupIntentStore.Intent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One family's IM group lifecycle, recoverable: the intent is written to MySQL before every
 * create_group and destroy_group, a failed call is retried a few times at once, and what a
 * request could not finish (IM kept failing, the instance died between the IM call and the
 * room row) is finished by the family's sweeper through {@link #reconcile(int)}: a group no
 * live room holds is destroyed, with growing jittered waits between tries. IM's "group
 * already exists" and "group not found" count as success (the IM service answers so). Without
 * IM configured nothing is written and nothing is called.
 */
public final class ImGroups {

    private static final Logger LOG = Logger.getLogger(ImGroups.class.getName());
    /**
     * How long a create intent waits before the sweeper looks at it: longer than any request
     * can run (SCF's longest function timeout is 900 s), so a request still creating its room
     * never has its group taken away.
     */
    static final long CREATE_GRACE_MILLIS = 15 * 60 * 1000L;

    private final GroupIntentStore store;
    private final Optional<ImGroupService> im;
    private final LiveGroups live;
    private final Clock clock;
    private final GroupFamily family;

    public ImGroups(GroupIntentStore store, Optional<ImGroupService> im, LiveGroups live, Clock clock) {
        this.store = store;
        this.im = im;
        this.live = live;
        this.clock = clock;
        this.family = store.family();
    }

    public boolean configured() {
        return im.isPresent();
    }

    /**
     * Creates the group, intent first. When IM keeps failing the ImFailure is thrown and the
     * group is left for the sweeper to destroy (IM may have made it before its answer was lost).
     * Call {@link #held(String)} once the room row holds the group.
     */
    public void create(String groupId, String type, String name) {
        if (im.isEmpty()) {
            return;
        }
        long now = clock.millis();
        long token = store.record(groupId, Intent.CREATE, now + CREATE_GRACE_MILLIS, now);
        try {
            withRetries(groupId, () -> im.get().createGroup(groupId, type, name));
        } catch (ImFailure e) {
            store.destroyLater(groupId, token, clock.millis());
            throw e;
        }
    }

    /** The room row now holds the group: its own end destroys the group, the create intent can go. */
    public void held(String groupId) {
        if (im.isEmpty()) {
            return;
        }
        try {
            store.forgetCreate(groupId);
        } catch (RuntimeException e) {
            // The sweeper finds the room alive and drops the intent itself.
            LOG.log(Level.WARNING, family.label() + " group " + groupId + ": create intent not cleared", e);
        }
    }

    /**
     * Destroys the group, intent first; true when IM confirmed it. A failure is logged and
     * left to the sweeper: the room is gone either way.
     */
    public boolean destroy(String groupId) {
        if (im.isEmpty()) {
            return true;
        }
        long now = clock.millis();
        OptionalLong token = OptionalLong.empty();
        try {
            token = OptionalLong.of(store.record(groupId, Intent.DESTROY, now + Backoff.sweepWait(0), now));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, family.label() + " group " + groupId + ": destroy intent not recorded, destroying anyway", e);
        }
        try {
            withRetries(groupId, () -> im.get().destroyGroup(groupId));
        } catch (ImFailure e) {
            LOG.warning(family.label() + " group " + groupId + " not destroyed yet, the sweeper retries: " + e.getMessage());
            return false;
        }
        if (token.isPresent()) {
            store.forget(groupId, token.getAsLong());
        }
        return true;
    }

    /**
     * Destroys the group with the quick retries but without an intent row, for a caller that
     * keeps its own record of the pending destroy; throws when IM kept failing.
     */
    public void destroyTracked(String groupId) {
        if (im.isPresent()) {
            withRetries(groupId, () -> im.get().destroyGroup(groupId));
        }
    }

    /** As {@link #destroyTracked}, with one try: for a sweeper, whose next run is the retry. */
    public void destroyOnce(String groupId) {
        im.ifPresent(client -> client.destroyGroup(groupId));
    }

    /**
     * The sweeper's part: takes up to {@code limit} due intents; a group a live room holds is
     * left to that room, any other is destroyed (one try each, the next after a longer wait).
     */
    public GroupReconciliation reconcile(int limit) {
        if (im.isEmpty()) {
            return GroupReconciliation.NONE;
        }
        long now = clock.millis();
        int orphans = 0;
        int destroys = 0;
        int settled = 0;
        int failed = 0;
        List<GroupIntentStore.Due> due;
        try {
            due = store.due(now, limit);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, family.label() + " groups: cannot read the pending intents", e);
            return new GroupReconciliation(0, 0, 0, 1);
        }
        for (GroupIntentStore.Due d : due) {
            try {
                OptionalLong token = store.claim(d, now + Backoff.sweepWait(d.attempts + 1));
                if (token.isEmpty()) {
                    continue;
                }
                if (live.hasLiveRoom(d.groupId)) {
                    store.forget(d.groupId, token.getAsLong());
                    settled++;
                    continue;
                }
                im.get().destroyGroup(d.groupId);
                store.forget(d.groupId, token.getAsLong());
                if (d.intent == Intent.CREATE) {
                    orphans++;
                } else {
                    destroys++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warning(family.label() + " group " + d.groupId + " (attempt " + (d.attempts + 1) + ") failed again: "
                        + e.getMessage());
            }
        }
        return new GroupReconciliation(orphans, destroys, settled, failed);
    }

    /** Runs the call, retrying an unanswered one (transport, timeout, HTTP 5xx) a few times within the request budget. */
    private static void withRetries(String groupId, Runnable call) {
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                call.run();
                return;
            } catch (ImFailure e) {
                long wait = Backoff.requestWait(attempt);
                long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
                if (!e.noAnswer() || attempt >= Backoff.REQUEST_ATTEMPTS
                        || elapsedMillis + wait > Backoff.REQUEST_BUDGET_MILLIS) {
                    throw e;
                }
                LOG.fine("group " + groupId + ": IM did not answer (" + e.getMessage() + "), retrying in " + wait + " ms");
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}

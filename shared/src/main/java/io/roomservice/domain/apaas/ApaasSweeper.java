package io.roomservice.domain.apaas;

import io.roomservice.domain.imgroups.GroupReconciliation;
import io.roomservice.domain.imgroups.ImGroups;
import io.roomservice.domain.user.Presence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The aPaaS rooms' cleanup, run by a timer: removes members whose keepalives stopped, ends
 * rooms whose owner has been gone for the grace period (and tears down their IM groups and
 * TRTC rooms), drops reservations never entered, retries teardowns that failed, destroys IM
 * groups whose room never came to be, and forgets expired bans. Reads already hide stale members and abandoned rooms, so the timer's period
 * only bounds how long the rows linger. One bad room is counted and skipped; every change
 * is conditional, so two sweeps at once do each cleanup once.
 */
final class ApaasSweeper {

    private static final Logger LOG = Logger.getLogger(ApaasSweeper.class.getName());
    private static final int BATCH = 500;
    private static final int TEARDOWN_RETRIES_PER_SWEEP = 200;
    private static final int GROUP_INTENTS_PER_SWEEP = 200;

    private final ApaasRoomStore store;
    private final Presence presence;
    private final RoomTeardown teardown;
    private final ImGroups groups;
    private final ApaasRoomRules rules;
    private final Clock clock;

    ApaasSweeper(ApaasRoomStore store, Presence presence, RoomTeardown teardown, ImGroups groups, ApaasRoomRules rules,
                 Clock clock) {
        this.store = store;
        this.presence = presence;
        this.teardown = teardown;
        this.groups = groups;
        this.rules = rules;
        this.clock = clock;
    }

    ApaasSweepReport sweep() {
        long now = clock.millis();
        long since = presence.presentSince();
        int removed = 0;
        int ended = 0;
        int teardowns = 0;
        int errors = 0;
        long after = 0;
        while (true) {
            List<ApaasRoomStore.OpenRoom> rooms = store.openRooms(after, BATCH);
            if (rooms.isEmpty()) {
                break;
            }
            after = rooms.get(rooms.size() - 1).pk;
            List<Long> pks = new ArrayList<>();
            rooms.forEach(r -> pks.add(r.pk));
            Map<Long, List<ApaasRoomStore.Membership>> members = store.memberships(pks);
            Map<Long, List<String>> asked = new LinkedHashMap<>();
            for (ApaasRoomStore.OpenRoom room : rooms) {
                List<String> ids = new ArrayList<>();
                ids.add(room.owner);
                members.getOrDefault(room.pk, List.of()).forEach(m -> {
                    if (!m.userId.equals(room.owner)) {
                        ids.add(m.userId);
                    }
                });
                asked.put(room.pk, ids);
            }
            Map<Long, List<Double>> seen = presence.lastSeen(asked);
            for (ApaasRoomStore.OpenRoom room : rooms) {
                try {
                    List<String> ids = asked.get(room.pk);
                    List<Double> scores = seen.get(room.pk);
                    Map<String, Double> lastSeen = new LinkedHashMap<>();
                    for (int i = 0; i < ids.size(); i++) {
                        lastSeen.put(ids.get(i), scores.get(i));
                    }
                    List<String> stale = new ArrayList<>();
                    for (ApaasRoomStore.Membership m : members.getOrDefault(room.pk, List.of())) {
                        Double s = lastSeen.get(m.userId);
                        if ((s == null || s < since) && m.joinedAt < since) {
                            stale.add(m.userId);
                        }
                    }
                    if (!stale.isEmpty()) {
                        removed += store.removeStale(room.pk, stale, since);
                        presence.left(room.pk, stale);
                    }
                    Double ownerSeen = lastSeen.get(room.owner);
                    boolean ownerPresent = ownerSeen != null && ownerSeen >= since;
                    if (ownerPresent) {
                        if (room.abandonedAt != null) {
                            store.markAbandoned(room.pk, null);
                        }
                    } else if (room.abandonedAt == null) {
                        store.markAbandoned(room.pk, now);
                    } else if (room.abandonedAt <= now - rules.graceMillis) {
                        ApaasRoomStore.Ended end = store.endIfAbandoned(room.pk, now - rules.graceMillis, now);
                        if (end != null) {
                            ended++;
                            presence.ended(end.pk, end.members);
                            if (teardown.retry(end.pk, end.roomId)) {
                                teardowns++;
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    errors++;
                    LOG.log(Level.WARNING, "sweeping aPaaS room #" + room.pk + " failed", e);
                }
            }
            if (rooms.size() < BATCH) {
                break;
            }
        }
        int reservations = store.deleteReservations(now - rules.reservationMillis);
        for (Map.Entry<Long, String> pending : store.pendingTeardowns(TEARDOWN_RETRIES_PER_SWEEP).entrySet()) {
            if (teardown.retry(pending.getKey(), pending.getValue())) {
                teardowns++;
            }
        }
        store.deleteExpiredBans(now);
        GroupReconciliation reconciled = groups.reconcile(GROUP_INTENTS_PER_SWEEP);
        return new ApaasSweepReport(removed, ended, reservations, teardowns, errors, reconciled);
    }
}

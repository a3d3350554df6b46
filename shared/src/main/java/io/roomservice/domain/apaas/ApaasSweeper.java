package io.roomservice.domain.apaas;

import io.roomservice.domain.imgroups.GroupReconciliation;
import io.roomservice.domain.imgroups.ImGroups;
import io.roomservice.domain.user.Presence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The aPaaS rooms' cleanup, run by a timer: removes members whose keepalives stopped, ends
 * rooms whose owner has been gone for the grace period (and tears down their IM groups and
 * TRTC rooms), drops reservations never entered, retries teardowns that failed, destroys IM
 * groups whose room never came to be, and forgets expired bans. Reads already hide stale members and abandoned rooms, so the timer's period
 * only bounds how long the rows linger. One bad room is counted and skipped; every change
 * is conditional, so two sweeps at once do each cleanup once. Only silence removes: a member
 * missing from a room's presence set whose own liveness key is fresh stays (and is put back),
 * and for one presence TTL after Redis lost its data no member or room is judged at all.
 */
final class ApaasSweeper {

    private static final Logger LOG = Logger.getLogger(ApaasSweeper.class.getName());
    private static final int BATCH = 500;
    private static final int TEARDOWN_RETRIES_PER_SWEEP = 200;
    private static final int GROUP_INTENTS_PER_SWEEP = 200;

    private final ApaasRoomRecords store;
    private final Presence presence;
    private final RoomTeardown teardown;
    private final ImGroups groups;
    private final ApaasRoomRules rules;
    private final Clock clock;

    ApaasSweeper(ApaasRoomRecords store, Presence presence, RoomTeardown teardown, ImGroups groups, ApaasRoomRules rules,
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
        Counts counts = new Counts();
        if (presence.heldSince() < since) {
            sweepRooms(now, since, counts);
        } else {
            // Redis lost its data less than a presence TTL ago: an absence may be its loss, not
            // silence, so no one is judged until every live member has kept alive since.
            LOG.info("presence is being rebuilt after Redis lost it: members and rooms are not swept yet");
        }
        int reservations = store.deleteReservations(now - rules.reservationMillis);
        for (Map.Entry<Long, String> pending : store.pendingTeardowns(TEARDOWN_RETRIES_PER_SWEEP).entrySet()) {
            if (teardown.retry(pending.getKey(), pending.getValue())) {
                counts.teardowns++;
            }
        }
        store.deleteExpiredBans(now);
        GroupReconciliation reconciled = groups.reconcile(GROUP_INTENTS_PER_SWEEP);
        return new ApaasSweepReport(counts.removed, counts.ended, reservations, counts.teardowns, counts.errors, reconciled);
    }

    private void sweepRooms(long now, long since, Counts counts) {
        long after = 0;
        while (true) {
            List<ApaasRoomRepository.OpenRoom> rooms = store.openRooms(after, BATCH);
            if (rooms.isEmpty()) {
                return;
            }
            after = rooms.get(rooms.size() - 1).pk;
            List<Long> pks = new ArrayList<>();
            rooms.forEach(r -> pks.add(r.pk));
            Map<Long, List<ApaasRoomRepository.Membership>> members = store.memberships(pks);
            Map<Long, List<String>> asked = new LinkedHashMap<>();
            for (ApaasRoomRepository.OpenRoom room : rooms) {
                List<String> ids = new ArrayList<>();
                ids.add(room.owner);
                members.getOrDefault(room.pk, List.of()).forEach(m -> {
                    if (!m.userId.equals(room.owner)) {
                        ids.add(m.userId);
                    }
                });
                asked.put(room.pk, ids);
            }
            Map<Long, Map<String, Double>> seen = lastSeen(asked, members, since);
            for (ApaasRoomRepository.OpenRoom room : rooms) {
                try {
                    sweepRoom(room, members.getOrDefault(room.pk, List.of()), seen.get(room.pk), now, since, counts);
                } catch (RuntimeException e) {
                    counts.errors++;
                    LOG.log(Level.WARNING, "sweeping aPaaS room #" + room.pk + " failed", e);
                }
            }
            if (rooms.size() < BATCH) {
                return;
            }
        }
    }

    /**
     * Each asked user's last keepalive in each room. A member the room's set misses (it
     * expired, or Redis lost it) whose own liveness key is fresh is present all the same, and
     * is put back into the room's set: only those silent by both count as gone. (An owner who
     * is no longer a member is present only by the room's set: being online elsewhere does not
     * keep a room they left.)
     */
    private Map<Long, Map<String, Double>> lastSeen(Map<Long, List<String>> asked,
                                                    Map<Long, List<ApaasRoomRepository.Membership>> members, long since) {
        Map<Long, List<Double>> scores = presence.lastSeen(asked);
        Map<Long, Map<String, Double>> out = new LinkedHashMap<>();
        Set<String> missing = new HashSet<>();
        for (Map.Entry<Long, List<String>> room : asked.entrySet()) {
            Map<String, Double> lastSeen = new LinkedHashMap<>();
            List<String> ids = room.getValue();
            List<Double> roomScores = scores.get(room.getKey());
            for (int i = 0; i < ids.size(); i++) {
                Double s = roomScores.get(i);
                lastSeen.put(ids.get(i), s);
                if (s == null || s < since) {
                    missing.add(ids.get(i));
                }
            }
            out.put(room.getKey(), lastSeen);
        }
        Map<String, Long> alive = new HashMap<>(presence.lastAlive(missing));
        alive.values().removeIf(at -> at < since);
        if (alive.isEmpty()) {
            return out;
        }
        for (Map.Entry<Long, Map<String, Double>> room : out.entrySet()) {
            Set<String> memberIds = new HashSet<>();
            members.getOrDefault(room.getKey(), List.of()).forEach(m -> memberIds.add(m.userId));
            Map<String, Long> back = new HashMap<>();
            room.getValue().replaceAll((userId, s) -> {
                Long at = alive.get(userId);
                if (at == null || !memberIds.contains(userId) || s != null && s >= at) {
                    return s;
                }
                back.put(userId, at);
                return at.doubleValue();
            });
            presence.restore(room.getKey(), back);
        }
        return out;
    }

    private void sweepRoom(ApaasRoomRepository.OpenRoom room, List<ApaasRoomRepository.Membership> members, Map<String, Double> lastSeen,
                           long now, long since, Counts counts) {
        List<String> stale = new ArrayList<>();
        for (ApaasRoomRepository.Membership m : members) {
            Double s = lastSeen.get(m.userId);
            if ((s == null || s < since) && m.joinedAt < since) {
                stale.add(m.userId);
            }
        }
        if (!stale.isEmpty()) {
            counts.removed += store.removeStale(room.pk, stale, since);
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
            ApaasRoomRecords.Ended end = store.endIfAbandoned(room.pk, now - rules.graceMillis, now);
            if (end != null) {
                counts.ended++;
                presence.ended(end.pk, end.members);
                if (teardown.retry(end.pk, end.roomId)) {
                    counts.teardowns++;
                }
            }
        }
    }

    /** What a sweep did so far. */
    private static final class Counts {
        int removed;
        int ended;
        int teardowns;
        int errors;
    }
}

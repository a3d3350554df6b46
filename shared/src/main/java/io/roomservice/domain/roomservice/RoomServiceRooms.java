package io.roomservice.domain.roomservice;

import io.roomservice.domain.events.RoomEvents;
import io.roomservice.domain.events.SideMembers;
import io.roomservice.domain.imgroups.GroupReconciliation;
import io.roomservice.domain.imgroups.ImFailure;
import io.roomservice.domain.imgroups.ImGroupService;
import io.roomservice.domain.imgroups.ImGroups;
import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.LivenessIndex;
import io.roomservice.domain.room.RoomRepository;
import io.roomservice.domain.room.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The RoomService rules for RTCRoom (multi_room, double_room) and LiveRoom (live_room):
 * rooms are created empty and come alive with their first pusher; pushers need a push URL
 * this service issued to them and send heartbeats; double and multi rooms end when their
 * last pusher leaves, a live room when its creator leaves; a room never joined is reaped
 * after the idle time. Pushers silent for the heartbeat timeout are hidden on every read,
 * refused on their next heartbeat and removed by the sweeper. Every pusher change is
 * announced to the room's IM group.
 */
public final class RoomServiceRooms {

    private static final Logger LOG = Logger.getLogger(RoomServiceRooms.class.getName());
    /** The bound on a custom field's value either way: counters and modes, not arbitrary numbers. */
    public static final long MAX_CUSTOM_FIELD_VALUE = 1_000_000_000L;
    private static final int MAX_ID_ATTEMPTS = 5;
    private static final int SWEEP_BATCH = 500;

    private final RoomServiceRecords store;
    private final Heartbeats heartbeats;
    private final RoomGroups groups;
    private final StreamUrls urls;
    private final RoomServiceLimits limits;
    private final Clock clock;
    private final Supplier<StreamMixer> mixer;
    private final SecureRandom random = new SecureRandom();

    /** {@code imGroups} keeps the rooms' IM groups (its holder check: {@link RoomServiceRepository#holdsGroup}). */
    public RoomServiceRooms(Transactions tx, RoomRepository rooms, RoomServiceRepository data, LivenessIndex liveness,
                            Optional<ImGroupService> im, ImGroups imGroups, StreamUrls urls,
                            RoomServiceLimits limits, Clock clock, Supplier<StreamMixer> mixer) {
        this(tx, rooms, data, liveness, im, imGroups, urls, limits, clock, mixer, RoomEvents.OFF);
    }

    /** {@code events}: where the audience's comings and goings and custom field changes are journalled. */
    public RoomServiceRooms(Transactions tx, RoomRepository rooms, RoomServiceRepository data, LivenessIndex liveness,
                            Optional<ImGroupService> im, ImGroups imGroups, StreamUrls urls,
                            RoomServiceLimits limits, Clock clock, Supplier<StreamMixer> mixer, RoomEvents events) {
        this.store = new RoomServiceRecords(tx, rooms, data, events);
        this.heartbeats = new Heartbeats(liveness);
        this.groups = new RoomGroups(im, imGroups);
        this.urls = urls;
        this.limits = limits;
        this.clock = clock;
        this.mixer = mixer;
    }

    public StreamUrls urls() {
        return urls;
    }

    /** The audience of a room, which goes with it: its members beside the core's, for the journal. */
    public static SideMembers audienceOf(RoomServiceRepository data) {
        return room -> RoomType.fromPath(room.kind).isPresent()
                ? data.audienceMembers(room.sid, RoomServiceRecords.AUDIENCE_ROLE)
                : List.of();
    }

    /** Creates an empty room under the given id or a fresh one, with its IM group; the room's id. */
    public String createRoom(RoomType type, String userId, Optional<String> requestedId, String roomInfo) {
        return createRoom(type, userId, requestedId, roomInfo, false);
    }

    /**
     * Creates an empty room under the given id or a fresh one, with its IM group unless the creator's
     * client makes the group itself (then a second create would fail the client's); the room's id. The
     * group is destroyed with the room either way, so a client that died before dismissing it leaks none.
     */
    public String createRoom(RoomType type, String userId, Optional<String> requestedId, String roomInfo,
            boolean clientMakesImGroup) {
        String roomId = null;
        for (int attempt = 0; attempt < MAX_ID_ATTEMPTS && roomId == null; attempt++) {
            String candidate = requestedId.orElseGet(this::freshRoomId);
            long now = clock.millis();
            if (store.create(type, candidate, userId, roomInfo, limits.pusherCapacity(type),
                    limits.audienceCapacity(type), now, now - limits.maxIdleMillis)) {
                roomId = candidate;
            } else if (requestedId.isPresent()) {
                throw new RoomRefusal(RoomRefusal.Reason.ROOM_EXISTS, "房间已经存在 (room " + candidate + " exists)");
            }
        }
        if (roomId == null) {
            throw new IllegalStateException("no free room id after " + MAX_ID_ATTEMPTS + " attempts");
        }
        if (clientMakesImGroup) {
            return roomId;
        }
        try {
            groups.create(roomId);
        } catch (ImFailure e) {
            LOG.warning("room " + roomId + ": " + e.getMessage());
            store.remove(type, roomId);
            throw new RoomRefusal(RoomRefusal.Reason.GROUP_FAILED, "群组创建失败 (the room's IM group could not be created)");
        }
        groups.held(roomId);
        return roomId;
    }

    /** Ends the room; only its creator may. */
    public void destroyRoom(RoomType type, String userId, String roomId) {
        destroyRoom(type, userId, roomId, EndReason.DESTROYED);
    }

    /** Ends the room for {@code why} (TRTC dismissed it, say), as its creator would. */
    public void destroyRoom(RoomType type, String userId, String roomId, EndReason why) {
        List<String> pushers = store.destroy(type, roomId, userId, why);
        apply(type, roomId, new RoomServiceRecords.PusherChange(RoomServiceRecords.Change.ROOM_ENDED, pushers));
    }

    /** Joins the room as a pusher (or updates the caller's pusher) with a push URL issued to the caller. */
    public void addPusher(RoomType type, String userId, String roomId, String userName, String userAvatar, String pushUrl) {
        String stream = urls.verifiedStream(userId, pushUrl);
        long now = clock.millis();
        Pusher pusher = new Pusher(userId, userName, userAvatar, stream, now);
        RoomServiceRecords.PusherChange change = store.addPusher(type, roomId, pusher, now - limits.maxIdleMillis,
                now - limits.heartbeatTimeoutMillis, ids -> heartbeats.last(type, roomId, ids));
        // joinedAt counts as a heartbeat until the timeout, and the next heartbeat restores a lost entry.
        heartbeats.afterCommit("RoomService heartbeat of a new pusher", () -> heartbeats.beat(type, roomId, userId, now));
        apply(type, roomId, change);
    }

    /** Leaves the room as a pusher. */
    public void deletePusher(RoomType type, String userId, String roomId) {
        deletePusher(type, userId, roomId, Leaving.LEFT);
    }

    /** Leaves the room as a pusher for {@code why} (a TRTC exit, say). */
    public void deletePusher(RoomType type, String userId, String roomId, Leaving why) {
        apply(type, roomId, store.removePusher(type, roomId, userId, clock.millis(), null, why));
    }

    /** Records a pusher's heartbeat; a pusher who went silent for the timeout has left and is told so. */
    public void heartbeat(RoomType type, String userId, String roomId) {
        long now = clock.millis();
        long staleBefore = now - limits.heartbeatTimeoutMillis;
        switch (heartbeats.refresh(type, roomId, userId, now, staleBefore)) {
            case REFRESHED:
                return;
            case STALE:
                removeIfStale(type, roomId, userId, staleBefore);
                break;
            default:
                // Redis lost the entry (restart, eviction): MySQL knows who the pushers are.
                if (store.isPusher(type, roomId, userId)) {
                    heartbeats.beat(type, roomId, userId, now);
                    return;
                }
                break;
        }
        throw new RoomRefusal(RoomRefusal.Reason.NOT_PUSHER, "不是房间成员 (you are not a pusher in this room)");
    }

    /** The room and its live pushers; a room not joined yet, or ended by the heartbeat rule, does not exist. */
    public RoomData pushers(RoomType type, String roomId) {
        long now = clock.millis();
        return store.room(type, roomId).flatMap(room -> alive(room, now)).orElseThrow(RoomServiceRecords::notFound);
    }

    /** A page of live rooms, oldest first. */
    public List<RoomData> list(RoomType type, int index, int count) {
        long now = clock.millis();
        List<RoomData> out = new ArrayList<>();
        for (RoomData room : store.list(type, index, count)) {
            alive(room, now).ifPresent(out::add);
        }
        return out;
    }

    /** Joins a live room's audience (or updates the caller's user info). */
    public void addAudience(RoomType type, String userId, String roomId, String userInfo) {
        store.addAudience(type, roomId, userId, userInfo, clock.millis());
    }

    public void deleteAudience(RoomType type, String userId, String roomId) {
        store.deleteAudience(type, roomId, userId);
    }

    public List<Audience> audiences(RoomType type, String roomId) {
        return store.audiences(type, roomId).orElseThrow(RoomServiceRecords::notFound);
    }

    public Map<String, Long> custom(RoomType type, String roomId) {
        return pushers(type, roomId).custom();
    }

    /**
     * Adds {@code value} to a custom field (inc 1, dec -1: the creator, pushers and audience), or
     * sets it (the creator only), within ±{@link #MAX_CUSTOM_FIELD_VALUE}; the fields afterwards.
     */
    public Map<String, Long> setCustomField(RoomType type, String userId, String roomId, String field, boolean relative, long value) {
        return store.setCustomField(type, roomId, userId, field, relative, value, limits.maxCustomFields, MAX_CUSTOM_FIELD_VALUE);
    }

    /**
     * Mixes a live room's pushers into its mixed stream (the creator's) with the layout, or
     * stops mixing when the layout has the creator alone. Only the creator may, and only
     * with the streams of the room's pushers.
     */
    public void mergeStream(RoomType type, String userId, String roomId, MixLayout layout) {
        RoomData room = pushers(type, roomId);
        if (!room.creator().equals(userId)) {
            throw new RoomRefusal(RoomRefusal.Reason.NOT_CREATOR, "不是房间主人 (only the room's creator may mix its streams)");
        }
        Map<String, String> userOfStream = new HashMap<>();
        room.pushers().forEach(p -> userOfStream.put(p.streamId(), p.userId()));
        if (room.mixedStream() == null || !room.mixedStream().equals(layout.windows().get(0).streamId())) {
            throw new RoomRefusal(RoomRefusal.Reason.BAD_MIX, "mergeParams: the first input stream must be the creator's");
        }
        for (MixLayout.Window w : layout.windows()) {
            if (!userOfStream.containsKey(w.streamId())) {
                throw new RoomRefusal(RoomRefusal.Reason.BAD_MIX, "mergeParams: " + w.streamId() + " is not a stream of this room's pushers");
            }
        }
        try {
            if (layout.isSingle()) {
                mixer.get().stop(roomId, room.mixedStream());
            } else {
                mixer.get().start(roomId, room.mixedStream(), layout, userOfStream);
            }
        } catch (StreamMixer.MixFailure e) {
            throw new RoomRefusal(RoomRefusal.Reason.MIX_FAILED, e.getMessage());
        }
    }

    /**
     * Removes pushers silent for the heartbeat timeout and rooms never joined within the
     * idle time, announcing each change once even when sweeps overlap, then finishes the IM
     * group creates and destroys requests left behind. One failing room never stops the sweep.
     */
    public SweepReport sweep() {
        long now = clock.millis();
        long staleBefore = now - limits.heartbeatTimeoutMillis;
        int removed = 0;
        int reaped = 0;
        int errors = 0;
        for (LivenessIndex.Stale entry : heartbeats.staleBefore(staleBefore, SWEEP_BATCH)) {
            try {
                Optional<RoomType> type = RoomType.fromPath(entry.kind);
                if (type.isEmpty()) {
                    continue;
                }
                if (removeIfStale(type.get(), entry.roomId, entry.userId, staleBefore)) {
                    removed++;
                }
            } catch (RuntimeException e) {
                errors++;
                LOG.log(Level.WARNING, "sweep: pusher in " + entry.kind + " room " + entry.roomId + " failed", e);
            }
        }
        List<RoomServiceRepository.IdleRoom> idle;
        try {
            idle = store.idleRooms(now - limits.maxIdleMillis, SWEEP_BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sweep: cannot list idle rooms", e);
            return new SweepReport(removed, reaped, errors + 1, groups.reconcile(SWEEP_BATCH));
        }
        for (RoomServiceRepository.IdleRoom room : idle) {
            try {
                Optional<RoomType> type = RoomType.fromPath(room.kind);
                if (type.isPresent() && store.reapIdle(type.get(), room.roomId, now - limits.maxIdleMillis)) {
                    groups.destroy(room.roomId);
                    reaped++;
                }
            } catch (RuntimeException e) {
                errors++;
                LOG.log(Level.WARNING, "sweep: idle room " + room.roomId + " failed", e);
            }
        }
        return new SweepReport(removed, reaped, errors, groups.reconcile(SWEEP_BATCH));
    }

    /** Removes the pusher when their heartbeat is still stale under the room's lock; true when this call removed them. */
    private boolean removeIfStale(RoomType type, String roomId, String userId, long staleBefore) {
        RoomServiceRecords.PusherChange change;
        try {
            change = store.removePusher(type, roomId, userId, clock.millis(), () -> {
                Long last = heartbeats.last(type, roomId, List.of(userId)).get(userId);
                return last == null || last < staleBefore;
            }, Leaving.TIMED_OUT);
        } catch (RoomRefusal gone) {
            // The room or the pusher is already gone: only the heartbeat entry is left over.
            heartbeats.remove(type, roomId, List.of(userId));
            return false;
        }
        apply(type, roomId, change);
        return change.change != RoomServiceRecords.Change.UPDATED;
    }

    private void apply(RoomType type, String roomId, RoomServiceRecords.PusherChange change) {
        // A heartbeat entry left over is removed by the sweep ("not ours").
        heartbeats.afterCommit("RoomService heartbeats of removed pushers", () -> heartbeats.remove(type, roomId, change.removed));
        if (change.change == RoomServiceRecords.Change.ROOM_ENDED) {
            groups.destroy(roomId);
        } else {
            groups.pusherChanged(roomId);
        }
    }

    /** The room with only its live pushers, or empty when it is not joined yet or has ended by the heartbeat rule. */
    private Optional<RoomData> alive(RoomData room, long now) {
        if (!room.activated) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        room.pushers().forEach(p -> ids.add(p.userId()));
        Map<String, Long> beats = heartbeats.last(room.type(), room.roomId(), ids);
        long staleBefore = now - limits.heartbeatTimeoutMillis;
        List<Pusher> live = new ArrayList<>();
        for (Pusher p : room.pushers()) {
            if (Math.max(p.joinedAt(), beats.getOrDefault(p.userId(), 0L)) >= staleBefore) {
                live.add(p);
            }
        }
        boolean creatorLeft = room.type().creatorLeavingEndsRoom() && room.hasPusher(room.creator())
                && live.stream().noneMatch(p -> p.userId().equals(room.creator()));
        if (live.isEmpty() || creatorLeft) {
            return Optional.empty();
        }
        return Optional.of(room.withPushers(live));
    }

    private String freshRoomId() {
        return String.format("room_%08x_%04x", random.nextInt(), random.nextInt(0x10000));
    }
}

package io.roomservice.domain.apaas;

import io.roomservice.domain.apaas.ApaasRoomRefusal.Reason;
import io.roomservice.domain.imgroups.ImFailure;
import io.roomservice.domain.imgroups.ImGroups;
import io.roomservice.domain.limits.Allowance;
import io.roomservice.domain.events.RoomEvents;
import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.RoomRepository;
import io.roomservice.domain.room.Transactions;
import io.roomservice.domain.user.Presence;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The aPaaS rooms (/base/v1/rooms/*) of every tenant. A room has one owner, who alone (with
 * the tenant's admins) changes, destroys or removes people from it and gives the
 * owner-assigned roles. Entering creates the room when the tenant has no room with that id;
 * its IM group is created first, so a room never exists without its group; the intent to
 * create it is recorded first, so a group whose room never came to be (the instance died
 * between the two) is destroyed by the sweeper. An ended room
 * stays ended. Members are present while their keepalives arrive; reads count and list
 * only present members and hide rooms whose owner is not present, and the sweeper later
 * removes what the reads hide.
 */
public final class ApaasRooms {

    private static final Logger LOG = Logger.getLogger(ApaasRooms.class.getName());
    static final String IM_GROUP_TYPE = "AVChatRoom";
    private static final int IM_GROUP_NAME_BYTES = 30;
    private static final int MAX_CREATE_RACES = 5;
    private static final int MAX_ID_ATTEMPTS = 20;

    private final ApaasRoomRecords store;
    private final Presence presence;
    private final ImGroups groups;
    private final Supplier<Optional<MediaRooms>> media;
    private final RoomTeardown teardown;
    private final ApaasSweeper sweeper;
    private final ApaasRoomRules rules;
    private final Function<String, String> tenantOf;
    private final Clock clock;

    /** {@code groups} keeps the rooms' IM groups (its holder check: {@link ApaasRoomRepository#holdsGroup}). */
    public ApaasRooms(Transactions tx, RoomRepository rooms, ApaasRoomRepository data, Presence presence, ImGroups groups,
                      Supplier<Optional<MediaRooms>> media, ApaasRoomRules rules, Function<String, String> tenantOf,
                      Clock clock) {
        this(tx, rooms, data, presence, groups, media, rules, tenantOf, clock, RoomEvents.OFF);
    }

    /** {@code events}: where room field and role changes and reserved rooms opening are journalled. */
    public ApaasRooms(Transactions tx, RoomRepository rooms, ApaasRoomRepository data, Presence presence, ImGroups groups,
                      Supplier<Optional<MediaRooms>> media, ApaasRoomRules rules, Function<String, String> tenantOf,
                      Clock clock, RoomEvents events) {
        this.store = new ApaasRoomRecords(tx, rooms, data, events);
        this.presence = presence;
        this.groups = groups;
        this.media = media;
        this.teardown = new RoomTeardown(store, groups, media);
        this.sweeper = new ApaasSweeper(store, presence, teardown, groups, rules, clock);
        this.rules = rules;
        this.tenantOf = tenantOf;
        this.clock = clock;
    }

    /** What entering did: the room, the caller's role in it, and whether this call created it. */
    public static final class Entered {
        private final String roomId;
        private final String role;
        private final boolean created;

        Entered(String roomId, String role, boolean created) {
            this.roomId = roomId;
            this.role = role;
            this.created = created;
        }

        public String roomId() {
            return roomId;
        }

        public String role() {
            return role;
        }

        public boolean created() {
            return created;
        }
    }

    /**
     * A fresh room id, reserved for the caller: nobody else can enter it until the caller
     * has (which opens it), and it lapses if they never do.
     */
    public String generateId(String userId, Optional<String> appId, RoomFields fields) {
        String tenant = tenantOf.apply(userId);
        for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
            long now = clock.millis();
            String roomId = Long.toString(store.nextGeneratedId(now));
            if (store.create(tenant, roomId, appId.orElse(""), userId, Optional.empty(), fields, rules.maxMembers, now) > 0) {
                return roomId;
            }
        }
        throw new IllegalStateException("no free room id after " + MAX_ID_ATTEMPTS + " attempts");
    }

    /**
     * Enters the room, creating it (with its IM group) when the tenant has none with this
     * id, or under a fresh id when none is given. Entering again changes nothing.
     */
    public Entered enter(String userId, Optional<String> roomId, String appId, Optional<String> role, RoomFields fields) {
        return enter(userId, roomId, appId, role, fields, Allowance.unmetered());
    }

    /**
     * {@link #enter(String, Optional, String, Optional, RoomFields)} spending {@code allowance}
     * (a client's room-creation limit) before a new room's IM group is created. Opening the
     * caller's reserved room spends nothing: generate_roomid paid for it.
     */
    public Entered enter(String userId, Optional<String> roomId, String appId, Optional<String> role, RoomFields fields,
                         Allowance allowance) {
        String tenant = tenantOf.apply(userId);
        if (roomId.isEmpty()) {
            allowance.spend();
            return createWithFreshId(tenant, userId, appId, role, fields);
        }
        String id = roomId.get();
        Optional<Entered> quick = enterKnownRoom(tenant, id, userId, appId, role, fields);
        if (quick.isPresent()) {
            return quick.get();
        }
        boolean groupReady = false;
        for (int race = 0; race < MAX_CREATE_RACES; race++) {
            long now = clock.millis();
            Step step = store.withRoom(tenant, id, userId, now, room -> join(room, userId, appId, role, fields, now));
            if (step.pk > 0) {
                presence.afterCommit("aPaaS presence of a member entering", () -> presence.entered(step.pk, userId));
                return new Entered(id, step.role, step.created);
            }
            if (!groupReady) {
                if (step == Step.CREATE) {
                    allowance.spend();
                }
                createGroup(id);
                groupReady = true;
            }
            if (step == Step.CREATE) {
                String ownerRole = rules.roleOnEntry(true, role);
                long pk = store.create(tenant, id, appId, userId, Optional.of(ownerRole), fields, rules.maxMembers, now);
                if (pk > 0) {
                    groups.held(id);
                    presence.afterCommit("aPaaS presence of a member entering", () -> presence.entered(pk, userId));
                    return new Entered(id, ownerRole, true);
                }
            } else {
                Step opened = store.withRoom(tenant, id, userId, now, room -> open(room, userId, appId, role, fields, now));
                if (opened.pk > 0) {
                    groups.held(id);
                    presence.afterCommit("aPaaS presence of a member entering", () -> presence.entered(opened.pk, userId));
                    return new Entered(id, opened.role, true);
                }
            }
        }
        throw new IllegalStateException("room " + id + " kept changing while being entered");
    }

    /**
     * Enters a room this process has seen without reading it first, when the locked path would
     * only add the caller: the room is open under this appId, has a seat, and the caller is
     * neither in it nor barred; the owner's enter that changes fields always takes the locked path.
     */
    private Optional<Entered> enterKnownRoom(String tenant, String roomId, String userId, String appId, Optional<String> role,
                                             RoomFields fields) {
        Optional<KnownRooms.Known> known = store.known(tenant, roomId);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        boolean owner = known.get().owner.equals(userId);
        if (owner && !fields.isEmpty()) {
            return Optional.empty();
        }
        String given = rules.roleOnEntry(owner, role);
        if (!store.enterOpenRoom(known.get(), tenant, userId, appId, given, clock.millis())) {
            return Optional.empty();
        }
        presence.afterCommit("aPaaS presence of a member entering", () -> presence.entered(known.get().pk, userId));
        return Optional.of(new Entered(roomId, given, false));
    }

    private Entered createWithFreshId(String tenant, String userId, String appId, Optional<String> role, RoomFields fields) {
        String ownerRole = rules.roleOnEntry(true, role);
        for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
            long now = clock.millis();
            String id = Long.toString(store.nextGeneratedId(now));
            createGroup(id);
            long pk = store.create(tenant, id, appId, userId, Optional.of(ownerRole), fields, rules.maxMembers, now);
            if (pk > 0) {
                groups.held(id);
                presence.afterCommit("aPaaS presence of a member entering", () -> presence.entered(pk, userId));
                return new Entered(id, ownerRole, true);
            }
        }
        throw new IllegalStateException("no free room id after " + MAX_ID_ATTEMPTS + " attempts");
    }

    /** The next step of entering an existing room, under its lock. */
    private Step join(LockedRoom room, String userId, String appId, Optional<String> role, RoomFields fields, long now) {
        if (room == null) {
            return Step.CREATE;
        }
        requireNotEnded(room);
        if (room.status == RoomStatus.RESERVED) {
            if (!room.isOwner(userId)) {
                throw new ApaasRoomRefusal(Reason.NOT_FOUND, "room " + room.roomId + " is not open yet");
            }
            return Step.OPEN;
        }
        if (!room.appId.equals(appId)) {
            throw new ApaasRoomRefusal(Reason.NOT_FOUND, "room " + room.roomId + " belongs to another appId");
        }
        if (room.isMember()) {
            return Step.joined(room.pk, room.role.get(), false);
        }
        if (room.banned) {
            throw new ApaasRoomRefusal(Reason.BANNED, "the owner removed you from room " + room.roomId + "; try again later");
        }
        // The owner always has a seat: the sweeper may have taken them out of a room that filled up since.
        if (room.core.isFull() && !room.isOwner(userId)) {
            throw new ApaasRoomRefusal(Reason.FULL, "room " + room.roomId + " is full (" + room.core.capacity() + " members)");
        }
        boolean owner = room.isOwner(userId);
        String given = rules.roleOnEntry(owner, role);
        room.addMember(userId, given, now);
        if (owner && !fields.isEmpty()) {
            room.update(fields, Optional.empty(), Optional.empty(), userId, now);
        }
        return Step.joined(room.pk, given, false);
    }

    /** Opens the caller's reserved room, under its lock; CREATE/OPEN again when its state changed meanwhile. */
    private Step open(LockedRoom room, String userId, String appId, Optional<String> role, RoomFields fields, long now) {
        if (room == null || room.status != RoomStatus.RESERVED || !room.isOwner(userId)) {
            return room == null ? Step.CREATE : join(room, userId, appId, role, fields, now);
        }
        String ownerRole = rules.roleOnEntry(true, role);
        room.update(fields, Optional.of(RoomStatus.OPEN), Optional.of(appId), userId, now);
        room.addMember(userId, ownerRole, now);
        return Step.joined(room.pk, ownerRole, true);
    }

    private void createGroup(String roomId) {
        try {
            groups.create(roomId, IM_GROUP_TYPE, groupName(roomId));
        } catch (ImFailure e) {
            throw new ApaasRoomRefusal(Reason.IM_FAILED, "IM did not create the room's group, so the room was not created: "
                    + e.getMessage());
        }
    }

    /** IM limits group names to 30 bytes; room ids are ASCII. */
    static String groupName(String roomId) {
        byte[] bytes = roomId.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= IM_GROUP_NAME_BYTES ? roomId : new String(bytes, 0, IM_GROUP_NAME_BYTES, StandardCharsets.UTF_8);
    }

    /**
     * Changes the room's descriptive fields (owner or admin only) and a role: the caller's
     * own, or with {@code member} another member's (owner or admin only). Members may not
     * give themselves an owner-assigned role. Returns the room as it is now.
     */
    public ApaasRoom update(String userId, String roomId, RoomFields fields, Optional<String> role, Optional<String> member) {
        String tenant = tenantOf.apply(userId);
        if (fields.isEmpty() && role.isEmpty()) {
            throw new ApaasRoomRefusal(Reason.NOT_ALLOWED,
                    "nothing to update: send title, category, cover, subject, description or role");
        }
        long now = clock.millis();
        store.withRoom(tenant, roomId, userId, now, room -> {
            if (room == null || room.status == RoomStatus.ENDED
                    || room.status == RoomStatus.RESERVED && !room.isOwner(userId)) {
                throw notFound(roomId);
            }
            boolean manager = room.isOwner(userId) || rules.isAdmin(userId);
            if (!fields.isEmpty() && !manager) {
                throw new ApaasRoomRefusal(Reason.NOT_ALLOWED, "only the owner of room " + roomId + " may change it");
            }
            if (role.isPresent()) {
                String target = member.orElse(userId);
                if (!target.equals(userId) && !manager) {
                    throw new ApaasRoomRefusal(Reason.NOT_ALLOWED, "only the owner of room " + roomId + " gives roles to others");
                }
                if (!manager && rules.ownerAssigns(role.get())) {
                    throw new ApaasRoomRefusal(Reason.NOT_ALLOWED, "only the owner of room " + roomId + " gives the role " + role.get());
                }
                if (!room.setRole(target, role.get())) {
                    throw new ApaasRoomRefusal(Reason.NOT_MEMBER, (target.equals(userId) ? "you are" : target + " is")
                            + " not in room " + roomId);
                }
            }
            room.update(fields, Optional.empty(), Optional.empty(), userId, now);
            return null;
        });
        return detail(userId, roomId);
    }

    /** The room with its present member count; the owner also sees a room reserved and not yet entered. */
    public ApaasRoom detail(String userId, String roomId) {
        String tenant = tenantOf.apply(userId);
        ApaasRoom room = store.find(tenant, roomId)
                .filter(r -> r.status() == RoomStatus.OPEN || r.status() == RoomStatus.RESERVED && r.owner().equals(userId))
                .orElseThrow(() -> notFound(roomId));
        return room.withPresent(presence.rooms(Map.of(room.pk, room.owner())).get(room.pk).present());
    }

    /**
     * A page of the app's open rooms whose owner is present, newest first (or most joined
     * first), each with its present member count. {@code offset} counts rooms shown; a
     * cursor continues where the last page ended.
     */
    public Page<ApaasRoom> query(String userId, RoomQuery q) {
        String tenant = tenantOf.apply(userId);
        PageBuilder<ApaasRoom> page = new PageBuilder<>(q.offset, q.limit);
        Cursor after = q.cursor.orElse(null);
        int batch = page.firstBatch();
        while (true) {
            List<ApaasRoom> rooms = store.scan(tenant, q, after, batch);
            Map<Long, String> owners = new LinkedHashMap<>();
            rooms.forEach(r -> owners.put(r.pk, r.owner()));
            Map<Long, Presence.RoomPresence> present = presence.rooms(owners);
            for (ApaasRoom room : rooms) {
                after = cursorAfter(q, room);
                Presence.RoomPresence p = present.get(room.pk);
                if (!p.ownerPresent()) {
                    page.hide();
                } else if (!page.offer(room.withPresent(p.present()))) {
                    break;
                }
            }
            if (!page.wantsMore(rooms.size(), batch)) {
                return page.page(room -> cursorAfter(q, room));
            }
            batch = PageBuilder.BATCH;
        }
    }

    private static Cursor cursorAfter(RoomQuery q, ApaasRoom room) {
        return Cursor.afterRoom(q.order == RoomQuery.Order.CREATED ? room.pk : room.totalJoined(), room.pk);
    }

    /** A page of the room's present members (members, the owner and admins may list), in user id order. */
    public Page<RoomMember> listUsers(String userId, String roomId, int offset, Optional<Cursor> cursor, int limit) {
        String tenant = tenantOf.apply(userId);
        ApaasRoom room = store.find(tenant, roomId).filter(r -> r.status() == RoomStatus.OPEN).orElseThrow(() -> notFound(roomId));
        if (!room.owner().equals(userId) && !rules.isAdmin(userId) && !store.isMember(room.pk, userId)) {
            throw new ApaasRoomRefusal(Reason.NOT_MEMBER, "only members of room " + roomId + " may list its users");
        }
        long since = presence.presentSince();
        PageBuilder<RoomMember> page = new PageBuilder<>(offset, limit);
        String after = cursor.map(Cursor::userId).orElse("");
        int batch = page.firstBatch();
        while (true) {
            List<RoomMember> members = store.members(room.pk, after, batch);
            List<String> ids = new ArrayList<>();
            members.forEach(m -> ids.add(m.userId()));
            List<Double> seen = presence.lastSeen(room.pk, ids);
            for (int i = 0; i < members.size(); i++) {
                after = members.get(i).userId();
                Double s = seen.get(i);
                if (s == null || s < since) {
                    page.hide();
                } else if (!page.offer(members.get(i))) {
                    break;
                }
            }
            if (!page.wantsMore(members.size(), batch)) {
                return page.page(m -> Cursor.afterMember(m.userId()));
            }
            batch = PageBuilder.BATCH;
        }
    }

    /** Leaves the room; the room goes on (its owner may come back; the sweeper ends it if they do not). */
    public void leave(String userId, String roomId) {
        leave(userId, roomId, Leaving.LEFT);
    }

    /** Leaves the room for {@code why} (a TRTC exit, say). */
    public void leave(String userId, String roomId, Leaving why) {
        String tenant = tenantOf.apply(userId);
        Optional<KnownRooms.Known> known = store.known(tenant, roomId);
        if (known.isPresent() && store.leaveRoom(known.get(), tenant, userId, why)) {
            presence.afterCommit("aPaaS presence of a member leaving", () -> presence.left(known.get().pk, List.of(userId)));
            return;
        }
        long pk = store.withRoom(tenant, roomId, userId, clock.millis(), room -> {
            if (room == null || room.status != RoomStatus.OPEN) {
                throw notFound(roomId);
            }
            if (!room.isMember()) {
                throw new ApaasRoomRefusal(Reason.NOT_MEMBER, "you are not in room " + roomId);
            }
            room.removeMembers(List.of(userId), why);
            return room.pk;
        });
        presence.afterCommit("aPaaS presence of a member leaving", () -> presence.left(pk, List.of(userId)));
    }

    /**
     * Ends the room for good (owner or admin only): everyone leaves, then its IM group and
     * TRTC room are taken down (retried by the sweeper if that fails). Destroying an ended
     * room again changes nothing.
     */
    public void destroy(String userId, String roomId) {
        destroy(userId, roomId, EndReason.DESTROYED);
    }

    /** Ends the room for {@code why} (TRTC dismissed it, say), as {@code userId} destroying it would. */
    public void destroy(String userId, String roomId, EndReason why) {
        String tenant = tenantOf.apply(userId);
        long now = clock.millis();
        ApaasRoomRecords.Ended ended = store.withRoom(tenant, roomId, userId, now, room -> {
            if (room == null || room.status == RoomStatus.RESERVED && !room.isOwner(userId)) {
                throw notFound(roomId);
            }
            if (!room.isOwner(userId) && !rules.isAdmin(userId)) {
                throw new ApaasRoomRefusal(Reason.NOT_ALLOWED, "only the owner of room " + roomId + " may destroy it");
            }
            if (room.status == RoomStatus.ENDED) {
                return null;
            }
            return new ApaasRoomRecords.Ended(room.pk, roomId, room.end(userId, now, why));
        });
        if (ended != null) {
            presence.afterCommit("aPaaS presence of an ended room", () -> presence.ended(ended.pk, ended.members));
            teardown.run(ended.pk, ended.roomId);
        }
    }

    /**
     * Removes a member (owner or admin only) from the room and from its TRTC room, and bars
     * them from entering again for the ban period. Kicking someone already removed and still
     * barred repeats the TRTC removal (and renews the ban), so a kick whose TRTC call failed can be retried.
     */
    public void kick(String userId, String roomId, String member) {
        String tenant = tenantOf.apply(userId);
        long now = clock.millis();
        long pk = store.withRoom(tenant, roomId, userId, now, room -> {
            if (room == null || room.status != RoomStatus.OPEN) {
                throw notFound(roomId);
            }
            if (!room.isOwner(userId) && !rules.isAdmin(userId)) {
                throw new ApaasRoomRefusal(Reason.NOT_ALLOWED, "only the owner of room " + roomId + " may remove members");
            }
            if (room.isOwner(member)) {
                throw new ApaasRoomRefusal(Reason.NOT_ALLOWED, "the owner cannot be removed from their own room");
            }
            boolean wasMember = room.removeMembers(List.of(member), Leaving.KICKED) == 1;
            if (!wasMember && !room.isBanned(member, now)) {
                throw new ApaasRoomRefusal(Reason.NOT_MEMBER, member + " is not in room " + roomId);
            }
            room.ban(member, now + rules.banMillis);
            return room.pk;
        });
        presence.afterCommit("aPaaS presence of a member leaving", () -> presence.left(pk, List.of(member)));
        try {
            media.get().ifPresent(trtc -> trtc.remove(roomId, member));
        } catch (MediaRooms.MediaFailure e) {
            throw new ApaasRoomRefusal(Reason.MEDIA_FAILED, e.getMessage());
        }
    }

    /** The open rooms the user is a member of, by internal id. */
    public List<Long> openRoomsOf(String userId) {
        return store.openRoomsOf(userId);
    }

    /** A deleted user's rooms: those they own end (with their groups), and they leave the others. */
    public void forgetUser(String userId) {
        ApaasRoomRecords.Forgotten forgotten = store.forgetUser(userId, clock.millis());
        for (long pk : forgotten.left) {
            presence.afterCommit("aPaaS presence of a member leaving", () -> presence.left(pk, List.of(userId)));
        }
        for (ApaasRoomRecords.Ended ended : forgotten.ended) {
            presence.afterCommit("aPaaS presence of an ended room", () -> presence.ended(ended.pk, ended.members));
            teardown.run(ended.pk, ended.roomId);
        }
        if (!forgotten.ended.isEmpty()) {
            LOG.info("deleted user's rooms ended: " + forgotten.ended.size());
        }
    }

    public ApaasSweepReport sweep() {
        return sweeper.sweep();
    }

    private static void requireNotEnded(LockedRoom room) {
        if (room.status == RoomStatus.ENDED) {
            throw new ApaasRoomRefusal(Reason.NOT_FOUND, "room " + room.roomId + " has ended and cannot be entered again");
        }
    }

    private static ApaasRoomRefusal notFound(String roomId) {
        return new ApaasRoomRefusal(Reason.NOT_FOUND, "room " + roomId + " does not exist");
    }

    /** What the locked part of entering found: done (pk > 0), or the room must be created or opened first. */
    private static final class Step {
        static final Step CREATE = new Step(0, null, false);
        static final Step OPEN = new Step(-1, null, false);

        final long pk;
        final String role;
        final boolean created;

        private Step(long pk, String role, boolean created) {
            this.pk = pk;
            this.role = role;
            this.created = created;
        }

        static Step joined(long pk, String role, boolean created) {
            return new Step(pk, role, created);
        }
    }
}

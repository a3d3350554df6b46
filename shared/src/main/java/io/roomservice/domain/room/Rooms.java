package io.roomservice.domain.room;

import io.roomservice.domain.limits.Allowance;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One family's rooms under its policy: entering a room id creates the room or joins it;
 * entering with only a name creates a room under a fresh id; an explicit create makes a
 * new room or is refused; leaving ends the room as the policy says. The video-call rooms (webrtcroom-*) and the live rooms (liveroom-*) are two
 * instances of this class.
 */
public final class Rooms {

    private static final int MAX_ID_ATTEMPTS = 20;

    private final RoomCore store;
    private final RoomIds ids;
    private final Clock clock;
    private final RoomPolicy policy;
    private final int capacity;

    public Rooms(RoomCore store, RoomIds ids, Clock clock, RoomPolicy policy, int capacity) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.policy = policy;
        this.capacity = capacity;
    }

    /**
     * Enters by id when one is given (see {@link #enter(String, String, Optional)}), otherwise
     * creates a room with the given name under a fresh id.
     */
    public JoinResult enterOrCreate(String userId, Optional<String> roomId, Optional<String> roomName) {
        return enterOrCreate(userId, roomId, roomName, Allowance.unmetered());
    }

    /**
     * {@link #enterOrCreate(String, Optional, Optional)} spending {@code allowance} (a client's
     * room-creation limit) when, and only when, a room is created, before it is written.
     */
    public JoinResult enterOrCreate(String userId, Optional<String> roomId, Optional<String> roomName, Allowance allowance) {
        return roomId.isPresent()
                ? enter(userId, roomId.get(), roomName, allowance)
                : createUnderFreshId(userId,
                        Optional.of(roomName.orElseThrow(() -> new IllegalArgumentException("a room id or a room name is needed"))),
                        allowance);
    }

    /**
     * Creates the room (named {@code roomName}, or "房间 &lt;id&gt;") or joins it; the requested
     * id is never swapped for another.
     */
    public JoinResult enter(String userId, String roomId, Optional<String> roomName) {
        return enter(userId, roomId, roomName, Allowance.unmetered());
    }

    private JoinResult enter(String userId, String roomId, Optional<String> roomName, Allowance allowance) {
        return store.join(policy, draft(roomId, roomName), userId, clock.millis(), true, allowance);
    }

    /** Creates a new room with the given name under a fresh random id. */
    public JoinResult create(String userId, String roomName) {
        return createUnderFreshId(userId, Optional.of(roomName), Allowance.unmetered());
    }

    /**
     * Creates a room with the caller as its first member, and never joins one: under
     * {@code roomId} when given (EXISTS when a room holds that id; it is never swapped for
     * another), otherwise under a fresh random id. The name defaults to "房间 &lt;id&gt;".
     */
    public JoinResult create(String userId, Optional<String> roomId, Optional<String> roomName) {
        return create(userId, roomId, roomName, Allowance.unmetered());
    }

    /** {@link #create(String, Optional, Optional)} spending {@code allowance} before anything is written. */
    public JoinResult create(String userId, Optional<String> roomId, Optional<String> roomName, Allowance allowance) {
        allowance.spend();
        if (roomId.isEmpty()) {
            return createUnderFreshId(userId, roomName, allowance);
        }
        return store.create(policy, draft(roomId.get(), roomName), userId, clock.millis())
                .map(room -> new JoinResult(JoinResult.Outcome.CREATED, room))
                .orElseGet(() -> new JoinResult(JoinResult.Outcome.EXISTS, null));
    }

    private JoinResult createUnderFreshId(String userId, Optional<String> roomName, Allowance allowance) {
        allowance.spend();
        for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
            Optional<Room> room = store.create(policy, draft(ids.randomEightDigits(), roomName), userId, clock.millis());
            if (room.isPresent()) {
                return new JoinResult(JoinResult.Outcome.CREATED, room.get());
            }
        }
        throw new IllegalStateException("no free room id after " + MAX_ID_ATTEMPTS + " attempts");
    }

    private NewRoom draft(String roomId, Optional<String> roomName) {
        return new NewRoom(roomId, roomName.orElse("房间 " + roomId), capacity);
    }

    public LeaveResult quit(String userId, String roomId) {
        return quit(userId, roomId, Leaving.LEFT);
    }

    /** Leaves the room for {@code why} (a TRTC exit, say). */
    public LeaveResult quit(String userId, String roomId, Leaving why) {
        return store.leave(policy, roomId, userId, clock.millis(), why);
    }

    /** Ends the room whoever is in it, for {@code why} (TRTC dismissed it); false when it is not open. */
    public boolean end(String roomId, EndReason why) {
        return store.end(policy, roomId, clock.millis(), why);
    }

    public Optional<Room> info(String roomId) {
        return store.find(policy.kind(), roomId);
    }

    public List<Room> list(int skip, int limit) {
        return store.list(policy.kind(), skip, limit);
    }
}

package io.roomservice.domain.room;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The video-call rooms of the mini-program "视频客服" (webrtcroom-*): entering a room id
 * creates the room or joins it; entering with a name creates a room under a fresh id;
 * everyone is a plain member; the room ends when its last member leaves.
 */
public final class CallRooms {

    public static final String KIND = "webrtc";
    private static final String ROLE = "member";
    private static final int MAX_ID_ATTEMPTS = 20;

    private final RoomStore store;
    private final RoomIds ids;
    private final Clock clock;
    private final int capacity;

    public CallRooms(RoomStore store, RoomIds ids, Clock clock, int capacity) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.capacity = capacity;
    }

    /**
     * Creates the room (named {@code roomName}, or "房间 &lt;id&gt;") or joins it; the requested
     * id is never swapped for another.
     */
    public JoinResult enter(String userId, String roomId, Optional<String> roomName) {
        NewRoom draft = new NewRoom(KIND, roomId, roomName.orElse("房间 " + roomId), capacity);
        return store.join(draft, userId, ROLE, clock.millis(), true);
    }

    /** Creates a new room with the given name under a fresh random id. */
    public JoinResult create(String userId, String roomName) {
        for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
            NewRoom draft = new NewRoom(KIND, ids.randomEightDigits(), roomName, capacity);
            long now = clock.millis();
            if (store.create(draft, userId, ROLE, now)) {
                Room room = new Room(0, KIND, draft.roomId, roomName, userId, capacity, 1, now, List.of(userId));
                return new JoinResult(JoinResult.Outcome.CREATED, room);
            }
        }
        throw new IllegalStateException("no free room id after " + MAX_ID_ATTEMPTS + " attempts");
    }

    public LeaveResult quit(String userId, String roomId) {
        return store.leave(KIND, roomId, userId, false);
    }

    public Optional<Room> info(String roomId) {
        return store.find(KIND, roomId);
    }

    public List<Room> list(int skip, int limit) {
        return store.list(KIND, skip, limit);
    }
}

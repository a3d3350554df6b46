package io.roomservice.domain.room;

/** The rules one family applies to its rooms: what its members are called and when a room ends. */
public final class RoomPolicy {

    /** Video-call rooms: everyone is a member; the last one out ends the room, and its id may be used again. */
    public static final RoomPolicy CALL = new RoomPolicy("webrtc", "member", "member", false, false);
    /** Live rooms: the creator is the anchor; the anchor leaving ends the room for good. */
    public static final RoomPolicy LIVE = new RoomPolicy("live", "anchor", "audience", true, true);

    private final String kind;
    private final String creatorRole;
    private final String memberRole;
    private final boolean creatorLeavingEndsRoom;
    private final boolean endedRoomsStayEnded;

    public RoomPolicy(String kind, String creatorRole, String memberRole,
                      boolean creatorLeavingEndsRoom, boolean endedRoomsStayEnded) {
        this.kind = kind;
        this.creatorRole = creatorRole;
        this.memberRole = memberRole;
        this.creatorLeavingEndsRoom = creatorLeavingEndsRoom;
        this.endedRoomsStayEnded = endedRoomsStayEnded;
    }

    public String kind() {
        return kind;
    }

    String roleOf(boolean creator) {
        return creator ? creatorRole : memberRole;
    }

    /** Whether the creator's leaving ends the room (it always ends when its last member leaves). */
    boolean creatorLeavingEndsRoom() {
        return creatorLeavingEndsRoom;
    }

    /** Whether an ended room keeps its id, so that no later enter can bring it back. */
    boolean endedRoomsStayEnded() {
        return endedRoomsStayEnded;
    }
}

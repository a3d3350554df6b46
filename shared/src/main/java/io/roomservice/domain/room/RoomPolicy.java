package io.roomservice.domain.room;

/**
 * The lifecycle one family applies to its rooms over the room core: what its members are
 * called, when a leave ends a room, and whether an ended room stays (its id never used again)
 * or goes. Who may do what, and capacities, are the family's rules beside it (RoomService:
 * its room types and limits; aPaaS: its room rules).
 */
public final class RoomPolicy {

    /** Video-call rooms: everyone is a member; the last one out ends the room, and its id may be used again. */
    public static final RoomPolicy CALL = new RoomPolicy("webrtc", "member", "member", false, true, false);
    /** Live rooms: the creator is the anchor; the anchor leaving ends the room for good. */
    public static final RoomPolicy LIVE = new RoomPolicy("live", "anchor", "audience", true, true, true);

    private final String kind;
    private final String creatorRole;
    private final String memberRole;
    private final boolean creatorLeavingEndsRoom;
    private final boolean lastLeavingEndsRoom;
    private final boolean endedRoomsStayEnded;

    public RoomPolicy(String kind, String creatorRole, String memberRole, boolean creatorLeavingEndsRoom,
                      boolean lastLeavingEndsRoom, boolean endedRoomsStayEnded) {
        this.kind = kind;
        this.creatorRole = creatorRole;
        this.memberRole = memberRole;
        this.creatorLeavingEndsRoom = creatorLeavingEndsRoom;
        this.lastLeavingEndsRoom = lastLeavingEndsRoom;
        this.endedRoomsStayEnded = endedRoomsStayEnded;
    }

    /** The {@code kind} of the family's rooms in the core. */
    public String kind() {
        return kind;
    }

    /** The role of a room's creator ({@code true}) or of anyone else who joins. */
    public String roleOf(boolean creator) {
        return creator ? creatorRole : memberRole;
    }

    /** Whether a member leaving ends the room: the creator, or the last of {@code membersBefore}, as the family says. */
    public boolean leaveEndsRoom(boolean creator, int membersBefore) {
        return (creator && creatorLeavingEndsRoom) || (lastLeavingEndsRoom && membersBefore <= 1);
    }

    /** Whether an ended room keeps its id, so that no later enter can bring it back. */
    public boolean endedRoomsStayEnded() {
        return endedRoomsStayEnded;
    }

    /**
     * Ends room {@code pk} in the running unit of work: every member goes, and the row stays
     * (ended) or goes with everything hanging off it, as the family says; {@code why} is announced.
     */
    public void end(RoomRepository rooms, long pk, long now, RoomEnd why) {
        if (endedRoomsStayEnded) {
            rooms.endRoom(pk, now, why);
        } else {
            rooms.deleteRoom(pk, why);
        }
    }

    /** Why a room ends when {@code userId} (its creator or not) leaves it for {@code leaving} and {@link #leaveEndsRoom} says it ends. */
    public RoomEnd endByLeaving(boolean creator, String userId, Leaving leaving) {
        EndReason reason = creator && creatorLeavingEndsRoom ? EndReason.CREATOR_LEFT : EndReason.LAST_MEMBER_LEFT;
        return RoomEnd.byLeaving(reason, userId, leaving);
    }
}

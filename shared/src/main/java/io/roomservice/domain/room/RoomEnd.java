package io.roomservice.domain.room;

import java.util.Optional;

/**
 * Why a room ends, and when a member's own leave ended it, who and why they left: that member's
 * member_left says their own reason, everyone else's says {@link Leaving#ROOM_ENDED}.
 */
public final class RoomEnd {

    public final EndReason reason;
    /** The member whose leave ended the room; null when no leave did. */
    public final String leaver;
    /** Why {@link #leaver} left; null when no leave did. */
    public final Leaving leaving;

    private RoomEnd(EndReason reason, String leaver, Leaving leaving) {
        this.reason = reason;
        this.leaver = leaver;
        this.leaving = leaving;
    }

    public static RoomEnd of(EndReason reason) {
        return new RoomEnd(reason, null, null);
    }

    /** The room ended because {@code leaver} left for {@code leaving}. */
    public static RoomEnd byLeaving(EndReason reason, String leaver, Leaving leaving) {
        return new RoomEnd(reason, leaver, leaving);
    }

    /** Why {@code userId}, a member when the room ended, left it. */
    public Leaving leavingOf(String userId) {
        return Optional.ofNullable(leaver).filter(userId::equals).map(u -> leaving).orElse(Leaving.ROOM_ENDED);
    }
}

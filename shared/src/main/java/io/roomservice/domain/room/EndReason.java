package io.roomservice.domain.room;

import java.util.Locale;

/** Why a room ended, as the family's rule that ended it says (the {@code reason} of a room_ended event). */
public enum EndReason {
    /** The last member left (video call, RoomService rooms whose creator leaving does not end them). */
    LAST_MEMBER_LEFT,
    /** The creator left a room that ends with them (live room anchor, RoomService live rooms). */
    CREATOR_LEFT,
    /** The creator (aPaaS: owner or admin) destroyed it. */
    DESTROYED,
    /** TRTC dismissed the media room (TRTC callback 102). */
    MEDIA_DISMISSED,
    /** Created and never joined within the idle time (RoomService), so reaped or replaced. */
    IDLE,
    /** Its owner was gone for the grace period (aPaaS sweeper). */
    ABANDONED,
    /** Its creator's account was deleted. */
    USER_DELETED,
    /** Its creation was undone because its IM group could not be made (RoomService). */
    NOT_CREATED,
    /** A room that never started ended (an aPaaS reservation lapsed or destroyed before it was entered): nothing is announced. */
    NEVER_STARTED;

    /** The name on the wire: lower case with underscores. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the end is announced: a room that never started has nothing to end. */
    public boolean announced() {
        return this != NEVER_STARTED;
    }
}

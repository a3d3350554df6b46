package io.roomservice.domain.room;

/** What a leave did, with the room as it stood when the leave committed. */
public final class LeaveResult {

    public enum Outcome { LEFT, ROOM_ENDED, NOT_MEMBER, NOT_FOUND }

    private final Outcome outcome;
    private final Room room;

    LeaveResult(Outcome outcome, Room room) {
        this.outcome = outcome;
        this.room = room;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The room after the leave (no members when it ended); null for NOT_FOUND. */
    public Room room() {
        return room;
    }
}

package io.roomservice.domain.room;

/** What an enter did, with the room as it stood when the enter committed. */
public final class JoinResult {

    /** EXISTS: an explicit create found its room id taken. */
    public enum Outcome { CREATED, JOINED, ALREADY_MEMBER, FULL, NOT_FOUND, ENDED, EXISTS }

    private final Outcome outcome;
    private final Room room;

    JoinResult(Outcome outcome, Room room) {
        this.outcome = outcome;
        this.room = room;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Null for NOT_FOUND, ENDED and EXISTS. */
    public Room room() {
        return room;
    }
}

package io.roomservice.domain.roomservice;

/** What one sweep did. */
public final class SweepReport {

    private final int stalePushersRemoved;
    private final int idleRoomsReaped;
    private final int errors;

    SweepReport(int stalePushersRemoved, int idleRoomsReaped, int errors) {
        this.stalePushersRemoved = stalePushersRemoved;
        this.idleRoomsReaped = idleRoomsReaped;
        this.errors = errors;
    }

    public int stalePushersRemoved() {
        return stalePushersRemoved;
    }

    public int idleRoomsReaped() {
        return idleRoomsReaped;
    }

    public int errors() {
        return errors;
    }

    @Override
    public String toString() {
        return "stale pushers removed: " + stalePushersRemoved + ", idle rooms reaped: " + idleRoomsReaped + ", errors: " + errors;
    }
}

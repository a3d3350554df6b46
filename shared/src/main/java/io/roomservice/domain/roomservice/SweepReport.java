package io.roomservice.domain.roomservice;

import io.roomservice.domain.imgroups.GroupReconciliation;

/** What one sweep did. */
public final class SweepReport {

    private final int stalePushersRemoved;
    private final int idleRoomsReaped;
    private final int errors;
    private final GroupReconciliation groups;

    SweepReport(int stalePushersRemoved, int idleRoomsReaped, int errors, GroupReconciliation groups) {
        this.stalePushersRemoved = stalePushersRemoved;
        this.idleRoomsReaped = idleRoomsReaped;
        this.errors = errors;
        this.groups = groups;
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

    /** The IM groups this sweep reconciled (left behind by requests that failed or died). */
    public GroupReconciliation groups() {
        return groups;
    }

    @Override
    public String toString() {
        return "stale pushers removed: " + stalePushersRemoved + ", idle rooms reaped: " + idleRoomsReaped + ", errors: " + errors + ", " + groups;
    }
}

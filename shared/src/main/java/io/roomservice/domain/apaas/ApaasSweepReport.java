package io.roomservice.domain.apaas;

import io.roomservice.domain.imgroups.GroupReconciliation;

/** What one sweep of the aPaaS rooms did. */
public final class ApaasSweepReport {

    private final int staleMembersRemoved;
    private final int roomsEnded;
    private final int reservationsExpired;
    private final int teardownsDone;
    private final int errors;
    private final GroupReconciliation groups;

    ApaasSweepReport(int staleMembersRemoved, int roomsEnded, int reservationsExpired, int teardownsDone, int errors,
                     GroupReconciliation groups) {
        this.groups = groups;
        this.staleMembersRemoved = staleMembersRemoved;
        this.roomsEnded = roomsEnded;
        this.reservationsExpired = reservationsExpired;
        this.teardownsDone = teardownsDone;
        this.errors = errors;
    }

    public int staleMembersRemoved() {
        return staleMembersRemoved;
    }

    public int roomsEnded() {
        return roomsEnded;
    }

    public int reservationsExpired() {
        return reservationsExpired;
    }

    /** IM groups and TRTC rooms of ended rooms taken down (including retries of earlier failures). */
    public int teardownsDone() {
        return teardownsDone;
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
        return "stale members removed: " + staleMembersRemoved + ", rooms ended: " + roomsEnded
                + ", reservations expired: " + reservationsExpired + ", teardowns done: " + teardownsDone + ", errors: " + errors + ", " + groups;
    }
}

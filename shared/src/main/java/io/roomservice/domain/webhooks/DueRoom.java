package io.roomservice.domain.webhooks;

/** A room with at least one pending event that is due, and the tenant it belongs to. */
public final class DueRoom {

    private final long roomSid;
    private final String tenant;

    public DueRoom(long roomSid, String tenant) {
        this.roomSid = roomSid;
        this.tenant = tenant;
    }

    public long roomSid() {
        return roomSid;
    }

    public String tenant() {
        return tenant;
    }
}

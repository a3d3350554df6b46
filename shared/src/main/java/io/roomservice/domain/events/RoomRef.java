package io.roomservice.domain.events;

/**
 * A room as its events name it: its internal id ({@code sid}), its family's kind, its tenant
 * (its scope: an aPaaS tenant, '' for the deployment's own and for every other family) and its id.
 * None of these ever changes for a sid.
 */
public final class RoomRef {

    public final long sid;
    public final String kind;
    public final String tenant;
    public final String roomId;

    public RoomRef(long sid, String kind, String tenant, String roomId) {
        this.sid = sid;
        this.kind = kind;
        this.tenant = tenant;
        this.roomId = roomId;
    }
}

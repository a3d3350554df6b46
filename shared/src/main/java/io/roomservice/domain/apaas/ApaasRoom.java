package io.roomservice.domain.apaas;

/** An aPaaS room as the endpoints show it; {@code present} is how many members are present now (nnUsers). */
public final class ApaasRoom {

    final long pk;
    private final String roomId;
    private final String appId;
    private final RoomStatus status;
    private final String owner;
    private final String title;
    private final String category;
    private final String cover;
    private final String subject;
    private final String description;
    private final long createdAt;
    private final long updatedAt;
    private final String updatedBy;
    private final long totalJoined;
    private final int present;

    public ApaasRoom(long pk, String roomId, String appId, RoomStatus status, String owner, String title, String category,
              String cover, String subject, String description, long createdAt, long updatedAt, String updatedBy,
              long totalJoined, int present) {
        this.pk = pk;
        this.roomId = roomId;
        this.appId = appId;
        this.status = status;
        this.owner = owner;
        this.title = title;
        this.category = category;
        this.cover = cover;
        this.subject = subject;
        this.description = description;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.totalJoined = totalJoined;
        this.present = present;
    }

    ApaasRoom withPresent(int present) {
        return new ApaasRoom(pk, roomId, appId, status, owner, title, category, cover, subject, description,
                createdAt, updatedAt, updatedBy, totalJoined, present);
    }

    public String roomId() {
        return roomId;
    }

    /** The TRTC / IM sdkAppId the room was created under. */
    public String appId() {
        return appId;
    }

    public RoomStatus status() {
        return status;
    }

    public String owner() {
        return owner;
    }

    public String title() {
        return title;
    }

    public String category() {
        return category;
    }

    public String cover() {
        return cover;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    /** Epoch millis. */
    public long createdAt() {
        return createdAt;
    }

    /** Epoch millis. */
    public long updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** How many times someone entered the room (re-entries by a member count once). */
    public long totalJoined() {
        return totalJoined;
    }

    public int present() {
        return present;
    }
}

package io.roomservice.domain.apaas;

/** A member of an aPaaS room as list_users shows them. */
public final class RoomMember {

    private final String userId;
    private final String name;
    private final String avatar;
    private final String role;

    public RoomMember(String userId, String name, String avatar, String role) {
        this.userId = userId;
        this.name = name;
        this.avatar = avatar;
        this.role = role;
    }

    public String userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String avatar() {
        return avatar;
    }

    public String role() {
        return role;
    }
}

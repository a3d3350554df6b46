package io.roomservice.domain.roomservice;

/** A live room's audience member and the user info (a JSON string) they gave. */
public final class Audience {

    private final String userId;
    private final String userInfo;

    public Audience(String userId, String userInfo) {
        this.userId = userId;
        this.userInfo = userInfo;
    }

    public String userId() {
        return userId;
    }

    public String userInfo() {
        return userInfo;
    }
}

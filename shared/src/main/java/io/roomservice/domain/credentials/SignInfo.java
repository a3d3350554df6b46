package io.roomservice.domain.credentials;

/** What a TRTC client needs to enter a room: its UserSig and the room-bound PrivateMapKey. */
public final class SignInfo {

    private final String userSig;
    private final String privateMapKey;
    private final String userId;
    private final long sdkAppId;

    SignInfo(String userSig, String privateMapKey, String userId, long sdkAppId) {
        this.userSig = userSig;
        this.privateMapKey = privateMapKey;
        this.userId = userId;
        this.sdkAppId = sdkAppId;
    }

    public String userSig() {
        return userSig;
    }

    /** Null when the credentials are not for a room. */
    public String privateMapKey() {
        return privateMapKey;
    }

    public String userId() {
        return userId;
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    @Override
    public String toString() {
        return "SignInfo{userId=" + userId + ", sdkAppId=" + sdkAppId + ", signatures=<hidden>}";
    }
}

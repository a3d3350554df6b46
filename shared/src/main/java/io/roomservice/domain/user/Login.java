package io.roomservice.domain.user;

/** A successful login: the user, a fresh bearer token and the TRTC credentials for the user's tenant. */
public final class Login {

    private final User user;
    private final String token;
    private final long expiresAtSeconds;
    private final long sdkAppId;
    private final String userSig;

    Login(User user, String token, long expiresAtSeconds, long sdkAppId, String userSig) {
        this.user = user;
        this.token = token;
        this.expiresAtSeconds = expiresAtSeconds;
        this.sdkAppId = sdkAppId;
        this.userSig = userSig;
    }

    public User user() {
        return user;
    }

    public String token() {
        return token;
    }

    /** When the token lapses, epoch seconds. */
    public long expiresAtSeconds() {
        return expiresAtSeconds;
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    public String userSig() {
        return userSig;
    }

    @Override
    public String toString() {
        return "Login{userId=" + user.userId() + ", secrets=<hidden>}";
    }
}

package io.roomservice.infra.token;

import java.util.Optional;

/**
 * The client family a token was issued to (its {@code aud} claim). Each family accepts only
 * its own tokens, so a RoomService session minted from a UserSig is no aPaaS session, and the
 * reverse.
 */
public enum TokenAudience {
    /** Mini-program and {@code /video/*} calls (wechat-login, the local gateway's /_dev/token). */
    VIDEO("video"),
    /** {@code /base/v1/*} (aPaaS logins). */
    APAAS("apaas"),
    /** {@code /weapp/*} (RoomService login with a UserSig). */
    ROOMSERVICE("roomservice");

    private final String claim;

    TokenAudience(String claim) {
        this.claim = claim;
    }

    /** The value of the {@code aud} claim. */
    public String claim() {
        return claim;
    }

    static Optional<TokenAudience> fromClaim(String claim) {
        for (TokenAudience a : values()) {
            if (a.claim.equals(claim)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}

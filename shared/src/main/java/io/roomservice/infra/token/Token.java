package io.roomservice.infra.token;

/** A verified bearer token: who it speaks for, to which family, and when it lapses. */
public final class Token {

    private final String userId;
    private final TokenAudience audience;
    private final String id;
    private final long issuedAt;
    private final long expiresAt;
    private final boolean clientMakesImGroups;

    Token(String userId, TokenAudience audience, String id, long issuedAt, long expiresAt, boolean clientMakesImGroups) {
        this.userId = userId;
        this.audience = audience;
        this.id = id;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.clientMakesImGroups = clientMakesImGroups;
    }

    public String userId() {
        return userId;
    }

    public TokenAudience audience() {
        return audience;
    }

    /** The token's unique id (jti), the handle for revoking it. */
    public String id() {
        return id;
    }

    /** Epoch seconds. */
    public long issuedAt() {
        return issuedAt;
    }

    /** Epoch seconds. */
    public long expiresAt() {
        return expiresAt;
    }

    /**
     * Whether the client this session was issued to creates and dismisses its rooms' IM groups
     * itself (the MLVB live-room components), so the service must not create them first.
     */
    public boolean clientMakesImGroups() {
        return clientMakesImGroups;
    }
}

package io.roomservice.protocol;

import java.util.Objects;

/**
 * The verified caller of a function: the user a token of the function's own family speaks
 * for, or the openId the platform vouches for in a cloud-function invocation. Never a user id
 * taken from a request body.
 */
public final class Caller {

    private final String userId;
    private final boolean clientMakesImGroups;

    Caller(String userId, boolean clientMakesImGroups) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.clientMakesImGroups = clientMakesImGroups;
    }

    public String userId() {
        return userId;
    }

    /** Whether the caller's client creates its rooms' IM groups itself (an MLVB live-room session). */
    public boolean clientMakesImGroups() {
        return clientMakesImGroups;
    }

    @Override
    public String toString() {
        return "Caller{" + userId + "}";
    }
}

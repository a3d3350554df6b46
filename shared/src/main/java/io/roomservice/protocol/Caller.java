package io.roomservice.protocol;

import java.util.Objects;

/**
 * The verified caller of a function: the user a token of the function's own family speaks
 * for, or the openId the platform vouches for in a cloud-function invocation. Never a user id
 * taken from a request body.
 */
public final class Caller {

    private final String userId;

    Caller(String userId) {
        this.userId = Objects.requireNonNull(userId, "userId");
    }

    public String userId() {
        return userId;
    }

    @Override
    public String toString() {
        return "Caller{" + userId + "}";
    }
}

package io.roomservice.protocol;

import io.roomservice.infra.token.TokenService;
import io.roomservice.runtime.Request;
import java.util.Optional;

/**
 * Who is calling. A cloud-function invocation carries the openId the platform vouches
 * for; an HTTP request must present a bearer token this service issued. A user id in a
 * request body is never an identity.
 */
public final class Authenticator {

    private static final String BEARER = "bearer ";

    private final TokenService tokens;

    public Authenticator(TokenService tokens) {
        this.tokens = tokens;
    }

    /** The verified user id, or empty when the request carries no credential at all. */
    public Optional<String> userId(Request request) {
        if (request.kind() == Request.Kind.INVOKE) {
            return request.platformUserId();
        }
        return bearerToken(request).map(t -> tokens.verify(t).userId());
    }

    /** The bearer token of an Authorization header, when there is one. */
    public static Optional<String> bearerToken(Request request) {
        return request.header("Authorization")
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()).trim())
                .filter(t -> !t.isEmpty());
    }
}

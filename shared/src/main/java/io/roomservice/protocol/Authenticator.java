package io.roomservice.protocol;

import io.roomservice.infra.token.Token;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.infra.token.TokenService;
import io.roomservice.runtime.Request;
import java.util.Optional;

/**
 * Who is calling one family's functions. A cloud-function invocation carries the openId the
 * platform vouches for; an HTTP request must present a bearer token this service issued to
 * the same family. A user id in a request body is never an identity.
 */
public final class Authenticator {

    private static final String BEARER = "bearer ";
    private static final int MAX_TOKEN_LENGTH = 2048;

    private final TokenService tokens;
    private final TokenAudience audience;

    public Authenticator(TokenService tokens, TokenAudience audience) {
        this.tokens = tokens;
        this.audience = audience;
    }

    /** The verified caller, or empty when the request carries no credential at all. */
    public Optional<Caller> caller(Request request) {
        if (request.kind() == Request.Kind.INVOKE) {
            return request.platformUserId().map(Authenticator::platformCaller);
        }
        return bearerToken(request).map(this::verify).map(Authenticator::caller);
    }

    /**
     * The verified token of an aPaaS call. The TRTC demo apps send their token in the
     * query or the body as well as in the header, so this family also looks in the
     * parameters; the header wins. Empty when no token was sent at all.
     */
    public Optional<Token> tokenFromHeaderOrParams(Request request, Params params) {
        Optional<String> raw = bearerToken(request);
        if (raw.isEmpty()) {
            raw = params.optionalText("token", MAX_TOKEN_LENGTH);
        }
        return raw.map(this::verify);
    }

    /** The token's claims when it is genuine, of this family, unexpired and not revoked. */
    public Token verify(String token) {
        return tokens.verify(audience, token);
    }

    /** Ends the session the token stands for. */
    public void revoke(Token token) {
        tokens.revoke(token);
    }

    public static Caller caller(Token token) {
        return new Caller(token.userId(), token.clientMakesImGroups());
    }

    public static Caller platformCaller(String openId) {
        return new Caller(openId, false);
    }

    /** The bearer token of an Authorization header, when there is one. */
    public static Optional<String> bearerToken(Request request) {
        return request.header("Authorization")
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()).trim())
                .filter(t -> !t.isEmpty());
    }
}

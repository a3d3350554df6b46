package io.roomservice.protocol.apaas;

import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.infra.token.Token;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.Params;
import io.roomservice.runtime.Request;
import java.util.Optional;

/** One aPaaS call: its parameters, its verified caller and where it came from, its parameters read at once, its caller when first asked for. */
public final class ApaasCall {

    public static final int MAX_USER_ID = 64;

    private final Request request;
    private final Authenticator authenticator;
    private final Params params;

    /** Parses the parameters at once: a malformed body is the endpoint's parameter error before anything else is looked at. */
    ApaasCall(Request request, Authenticator authenticator) {
        this.request = request;
        this.authenticator = authenticator;
        this.params = Params.of(request);
    }

    public Params params() {
        return params;
    }

    /** {@code userId}, or its alias {@code apaasUserId}. */
    public Optional<String> claimedUserId() {
        return params().optionalText("userId", "apaasUserId", MAX_USER_ID);
    }

    /**
     * The verified caller's token: 203 when it has expired, 204 when it is missing, forged,
     * revoked, or issued to someone other than the {@code userId} the call names. A
     * {@code userId} or {@code token} that is not a single value is a parameter error, not
     * 204 (which makes the apps log the user out).
     */
    public Token caller() {
        Token token;
        Optional<String> claimed;
        try {
            claimed = claimedUserId();
            token = authenticator.tokenFromHeaderOrParams(request, params())
                    .orElseThrow(() -> new ApaasException(ApaasCode.USER_TOKEN_INVALID,
                            "token required: send Authorization: Bearer <token>, or token in the query or body"));
        } catch (InvalidTokenException e) {
            throw new ApaasException(e.expired() ? ApaasCode.USER_TOKEN_EXPIRED : ApaasCode.USER_TOKEN_INVALID, e.getMessage());
        }
        if (claimed.isPresent() && !claimed.get().equals(token.userId())) {
            throw new ApaasException(ApaasCode.USER_TOKEN_INVALID, "the token belongs to another userId");
        }
        return token;
    }

    /** The caller's address as the platform reports it; "unknown" when it does not. */
    public String sourceIp() {
        return request.sourceIp().orElse("unknown");
    }

    public Request request() {
        return request;
    }
}

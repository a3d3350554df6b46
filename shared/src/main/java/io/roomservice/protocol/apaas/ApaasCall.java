package io.roomservice.protocol.apaas;

import io.roomservice.domain.limits.AbuseLimits;
import io.roomservice.domain.limits.Allowance;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.limits.Requester;
import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.infra.token.Token;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.Params;
import io.roomservice.runtime.Request;
import java.util.Optional;

/** One aPaaS call: its parameters (read at once), its verified caller (when first asked for) and where it came from. */
public final class ApaasCall {

    public static final int MAX_USER_ID = 64;

    private final Request request;
    private final Authenticator authenticator;
    private final AbuseLimits limits;
    private final Params params;
    private Token token;
    private Caller caller;

    /** Parses the parameters at once: a malformed body is the endpoint's parameter error before anything else is looked at. */
    ApaasCall(Request request, Authenticator authenticator, AbuseLimits limits) {
        this.request = request;
        this.authenticator = authenticator;
        this.limits = limits;
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
     * The verified caller, from an aPaaS token: 203 when it has expired, 204 when it is missing,
     * forged, revoked, issued to another family, or to someone other than the {@code userId} the
     * call names. A {@code userId} or {@code token} that is not a single value is a parameter
     * error, not 204 (which makes the apps log the user out).
     */
    public Caller caller() {
        if (caller == null) {
            token = verifiedToken();
            caller = Authenticator.caller(token);
        }
        return caller;
    }

    /**
     * Revokes the token this call presented: the caller it spoke for, or empty when the call
     * had no valid token (nothing to end).
     */
    public Optional<Caller> endSession() {
        Caller ended;
        try {
            ended = caller();
        } catch (ApaasException noValidToken) {
            return Optional.empty();
        }
        authenticator.revoke(token);
        return Optional.of(ended);
    }

    private Token verifiedToken() {
        Token verified;
        Optional<String> claimed;
        try {
            claimed = claimedUserId();
            verified = authenticator.tokenFromHeaderOrParams(request, params())
                    .orElseThrow(() -> new ApaasException(ApaasCode.USER_TOKEN_INVALID,
                            "token required: send Authorization: Bearer <token>, or token in the query or body"));
        } catch (InvalidTokenException e) {
            throw new ApaasException(e.expired() ? ApaasCode.USER_TOKEN_EXPIRED : ApaasCode.USER_TOKEN_INVALID, e.getMessage());
        }
        if (claimed.isPresent() && !claimed.get().equals(verified.userId())) {
            throw new ApaasException(ApaasCode.USER_TOKEN_INVALID, "the token belongs to another userId");
        }
        return verified;
    }

    /** The caller's address as the platform reports it; "unknown" when it does not. */
    public String sourceIp() {
        return request.sourceIp().orElse("unknown");
    }

    /** The verified caller's allowance to do a limited thing, for the domain to spend when it does it. */
    public Allowance allowance(Limited what) {
        return limits.allowance(what, Requester.of(Optional.of(caller().userId()), request.sourceIp()));
    }

    /** Counts a limited thing the verified caller is about to do; 209 when a limit is reached. */
    public void limit(Limited what) {
        allowance(what).spend();
    }

    /** Counts a limited thing done before anyone is logged in (register): per address only. */
    public void limitByAddress(Limited what) {
        limits.check(what, Requester.of(Optional.empty(), request.sourceIp()));
    }

    public Request request() {
        return request;
    }
}

package io.roomservice.protocol.video;

import io.roomservice.domain.limits.AbuseLimits;
import io.roomservice.domain.limits.Allowance;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.limits.Requester;
import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.Params;
import io.roomservice.runtime.Request;
import java.util.Optional;

/** One video action call: its parameters and its verified caller, each read when first asked for. */
public final class VideoCall {

    private final Request request;
    private final Authenticator authenticator;
    private final AbuseLimits limits;
    private final Params params;
    private Caller caller;

    /** Parses the parameters at once: a malformed body is a parameter error before anything else is looked at. */
    VideoCall(Request request, Authenticator authenticator, AbuseLimits limits) {
        this.request = request;
        this.authenticator = authenticator;
        this.limits = limits;
        this.params = Params.of(request);
    }

    public Params params() {
        return params;
    }

    /** The verified caller: the platform's openId or a video token's user; never a user id from the body. */
    public Caller caller() {
        if (caller == null) {
            try {
                caller = authenticator.caller(request).orElseThrow(() -> new VideoException(VideoCode.UNAUTHENTICATED,
                        "no verified identity: call as a cloud function or send Authorization: Bearer <token>"));
            } catch (InvalidTokenException e) {
                throw new VideoException(VideoCode.UNAUTHENTICATED, e.getMessage());
            }
        }
        return caller;
    }

    /** The verified caller's user id. */
    public String userId() {
        return caller().userId();
    }

    /** The verified caller's allowance to do a limited thing, for the domain to spend when it does it. */
    public Allowance allowance(Limited what) {
        return limits.allowance(what, Requester.of(Optional.of(userId()), request.sourceIp()));
    }

    /** Counts a limited thing the verified caller is about to do; 10011 when a limit is reached. */
    public void limit(Limited what) {
        allowance(what).spend();
    }

    /** Counts a limited thing done before anyone is logged in: per platform openId (if any) and per address. */
    public void limitBeforeLogin(Limited what) {
        limits.check(what, Requester.of(request.platformUserId(), request.sourceIp()));
    }

    public Request request() {
        return request;
    }
}

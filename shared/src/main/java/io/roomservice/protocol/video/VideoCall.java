package io.roomservice.protocol.video;

import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.Params;
import io.roomservice.runtime.Request;

/** One video action call: its parameters and its verified caller, each read when first asked for. */
public final class VideoCall {

    private final Request request;
    private final Authenticator authenticator;
    private Params params;
    private Caller caller;

    VideoCall(Request request, Authenticator authenticator) {
        this.request = request;
        this.authenticator = authenticator;
    }

    public Params params() {
        if (params == null) {
            params = Params.of(request);
        }
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

    public Request request() {
        return request;
    }
}

package io.roomservice.protocol.video;

import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.Params;
import io.roomservice.runtime.Request;

/** One video action call: its parameters and its verified caller, each read when first asked for. */
public final class VideoCall {

    private final Request request;
    private final Authenticator authenticator;
    private final Params params;

    /** Parses the parameters at once: a malformed body is a parameter error before anything else is looked at. */
    VideoCall(Request request, Authenticator authenticator) {
        this.request = request;
        this.authenticator = authenticator;
        this.params = Params.of(request);
    }

    public Params params() {
        return params;
    }

    /** The verified caller; never a user id from the body. */
    public String userId() {
        try {
            return authenticator.userId(request).orElseThrow(() -> new VideoException(VideoCode.UNAUTHENTICATED,
                    "no verified identity: call as a cloud function or send Authorization: Bearer <token>"));
        } catch (InvalidTokenException e) {
            throw new VideoException(VideoCode.UNAUTHENTICATED, e.getMessage());
        }
    }

    public Request request() {
        return request;
    }
}

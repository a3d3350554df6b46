package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.callbacks.TrtcRoomCallbackProtocol;
import io.roomservice.protocol.callbacks.CallbackRefusals;
import io.roomservice.runtime.HttpGate;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;

/** TRTC's room and media event callbacks (Tencent calls it): a member whose client left leaves, a dismissed room ends. */
public final class TrtcRoomCallback extends ScfFunction {

    private final TrtcRoomCallbackProtocol protocol;

    public TrtcRoomCallback() {
        this(App.current());
    }

    public TrtcRoomCallback(App app) {
        this.protocol = new TrtcRoomCallbackProtocol(app);
    }

    /** Tencent reads HTTP statuses: a malformed request is a 400 here. */
    @Override
    protected HttpGate gate() {
        return CallbackRefusals.TRTC_GATE;
    }

    @Override
    public Response serve(Request request) {
        return protocol.answer(request);
    }
}

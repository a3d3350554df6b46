package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.callbacks.ImStateCallbackProtocol;
import io.roomservice.protocol.callbacks.CallbackRefusals;
import io.roomservice.runtime.HttpGate;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;

/** Tencent IM's third-party callbacks (Tencent calls it): State.StateChange ends or restores a user's presence. */
public final class ImStateCallback extends ScfFunction {

    private final ImStateCallbackProtocol protocol;

    public ImStateCallback() {
        this(App.current());
    }

    public ImStateCallback(App app) {
        this.protocol = new ImStateCallbackProtocol(app);
    }

    /** Tencent reads HTTP statuses: a malformed request is a 400 here. */
    @Override
    protected HttpGate gate() {
        return CallbackRefusals.IM_GATE;
    }

    @Override
    public Response serve(Request request) {
        return protocol.answer(request);
    }
}

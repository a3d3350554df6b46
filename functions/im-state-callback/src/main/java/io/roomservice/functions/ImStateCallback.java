package io.roomservice.functions;

import static io.roomservice.config.SettingsCatalogue.IM_CALLBACK_TOKEN;
import static io.roomservice.config.SettingsCatalogue.TRTC_SDK_APP_ID;

import io.roomservice.app.App;
import io.roomservice.protocol.callbacks.CallbackRefusals;
import io.roomservice.protocol.callbacks.ImStateCallbackProtocol;
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

    /** Takes from the composition root exactly the services this endpoint uses. */
    public ImStateCallback(App app) {
        this(new ImStateCallbackProtocol(app.imStates(), app.settings().text(IM_CALLBACK_TOKEN),
                app.settings().values().optionalNumber(TRTC_SDK_APP_ID), app.clock()));
    }

    public ImStateCallback(ImStateCallbackProtocol protocol) {
        this.protocol = protocol;
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

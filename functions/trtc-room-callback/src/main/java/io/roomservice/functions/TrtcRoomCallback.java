package io.roomservice.functions;

import static io.roomservice.config.SettingsCatalogue.TRTC_CALLBACK_REPLAY_WINDOW_SECONDS;

import io.roomservice.app.App;
import io.roomservice.protocol.callbacks.CallbackRefusals;
import io.roomservice.protocol.callbacks.TrtcRoomCallbackProtocol;
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

    /** Takes from the composition root exactly the services this endpoint uses. */
    public TrtcRoomCallback(App app) {
        this(new TrtcRoomCallbackProtocol(app.mediaCallbacks(), app::callbackKeyOf, app.clock(),
                app.settings().seconds(TRTC_CALLBACK_REPLAY_WINDOW_SECONDS)));
    }

    public TrtcRoomCallback(TrtcRoomCallbackProtocol protocol) {
        this.protocol = protocol;
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

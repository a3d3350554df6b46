package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_push_url: a push URL for a stream of the caller's own, signed with the push key. */
public final class RoomserviceGetPushUrl extends RoomServiceFunction {

    public RoomserviceGetPushUrl() {
        this(App.current());
    }

    public RoomserviceGetPushUrl(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        call.type();
        return RoomServiceReply.ok().with("pushURL", app.roomService().urls().pushUrl(userId));
    }
}

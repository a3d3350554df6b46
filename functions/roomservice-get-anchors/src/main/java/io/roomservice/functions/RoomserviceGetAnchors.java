package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.AnchorReplies;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_anchors (MLVB live room): get_pushers with the line-up's roomStatusCode. */
public final class RoomserviceGetAnchors extends RoomServiceFunction {

    public RoomserviceGetAnchors() {
        this(App.current());
    }

    public RoomserviceGetAnchors(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.liveType();
        String roomId = RoomServiceProtocol.roomId(call.params());
        return AnchorReplies.anchors(app.roomService().pushers(type, roomId), app.roomService().urls());
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** add_pusher: joins the room as a pusher, with a push URL this service issued to the caller. */
public final class RoomserviceAddPusher extends RoomServiceFunction {

    public RoomserviceAddPusher() {
        this(App.current());
    }

    public RoomserviceAddPusher(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.type();
        Params p = call.params();
        String roomId = RoomServiceProtocol.roomId(p);
        String userName = RoomServiceProtocol.userName(p);
        String userAvatar = RoomServiceProtocol.userAvatar(p);
        String pushUrl = RoomServiceProtocol.pushUrl(p);
        app.roomService().addPusher(type, userId, roomId, userName, userAvatar, pushUrl);
        return RoomServiceReply.ok().with("roomID", roomId);
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_custom_info (live_room): the room's custom fields, as a JSON string. */
public final class RoomserviceGetCustomInfo extends RoomServiceFunction {

    public RoomserviceGetCustomInfo() {
        this(App.current());
    }

    public RoomserviceGetCustomInfo(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.liveType();
        return RoomServiceProtocol.custom(app.roomService().custom(type, RoomServiceProtocol.roomId(call.params())));
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.AnchorReplies;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_anchors (MLVB live room): get_pushers with the line-up's roomStatusCode. */
public final class RoomserviceGetAnchors extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceGetAnchors() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceGetAnchors(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceGetAnchors(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.liveType();
        String roomId = RoomServiceProtocol.roomId(call.params());
        return AnchorReplies.anchors(rooms.pushers(type, roomId), rooms.urls());
    }
}

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

/**
 * anchor_heartbeat (MLVB live room): the caller, an anchor, is still there; the answer carries
 * the anchors when their line-up differs from the roomStatusCode the caller last saw.
 */
public final class RoomserviceAnchorHeartbeat extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceAnchorHeartbeat() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceAnchorHeartbeat(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceAnchorHeartbeat(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.liveType();
        String roomId = RoomServiceProtocol.roomId(call.params());
        int knownLineup = AnchorReplies.knownLineup(call.params());
        rooms.heartbeat(type, userId, roomId);
        return AnchorReplies.heartbeat(rooms.pushers(type, roomId), rooms.urls(), knownLineup);
    }
}

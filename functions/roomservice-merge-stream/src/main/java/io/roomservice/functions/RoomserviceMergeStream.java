package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.roomservice.MixLayout;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.util.Map;

/** merge_stream (live_room): the creator starts (or, with one input, stops) mixing the pushers' streams. */
public final class RoomserviceMergeStream extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceMergeStream() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceMergeStream(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceMergeStream(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.liveType();
        String roomId = RoomServiceProtocol.roomId(call.params());
        MixLayout layout = RoomServiceProtocol.mixLayout(call.params());
        call.limit(Limited.ROOM_CONTROLS);
        rooms.mergeStream(type, userId, roomId, layout);
        return RoomServiceReply.ok().with("result", Map.of("code", 0, "message", layout.isSingle() ? "mixing stopped" : "mixing started"));
    }
}

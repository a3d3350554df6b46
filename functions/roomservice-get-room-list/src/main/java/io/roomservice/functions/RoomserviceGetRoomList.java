package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomData;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.util.List;

/** get_room_list: a page ({@code index}, {@code cnt}) of live rooms, oldest first. */
public final class RoomserviceGetRoomList extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceGetRoomList() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceGetRoomList(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceGetRoomList(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.type();
        List<RoomData> listed = rooms.list(type, RoomServiceProtocol.index(call.params()), RoomServiceProtocol.count(call.params()));
        return RoomServiceProtocol.roomList(listed, rooms.urls());
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomData;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.util.List;

/** get_room_list: a page ({@code index}, {@code cnt}) of live rooms, oldest first. */
public final class RoomserviceGetRoomList extends RoomServiceFunction {

    public RoomserviceGetRoomList() {
        this(App.current());
    }

    public RoomserviceGetRoomList(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.type();
        List<RoomData> rooms = app.roomService().list(type, RoomServiceProtocol.index(call.params()), RoomServiceProtocol.count(call.params()));
        return RoomServiceProtocol.roomList(rooms, app.roomService().urls());
    }
}

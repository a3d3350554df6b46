package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRoom;
import io.roomservice.domain.apaas.Page;
import io.roomservice.domain.apaas.RoomQuery;
import io.roomservice.infra.token.Token;
import io.roomservice.protocol.ParamException;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * rooms/query_room: a page of the app's open rooms whose owner is present; nextCursor (beside data) continues it.
 */
public final class ApaasRoomsQueryRoom extends ApaasFunction {

    public ApaasRoomsQueryRoom() {
        this(App.current());
    }

    public ApaasRoomsQueryRoom(App app) {
        super(app);
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_QUERY_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Params p = call.params();
        RoomQuery query = new RoomQuery(ApaasRoomProtocol.appId(p), p.optionalText("category", 32),
                p.textList("roomIds", 100, 64), ApaasRoomProtocol.utc(p, "startUtc"), ApaasRoomProtocol.utc(p, "endUtc"),
                order(p), ApaasRoomProtocol.offset(p), ApaasRoomProtocol.cursor(p), ApaasRoomProtocol.limit(p));
        Token caller = call.caller();
        Page<ApaasRoom> page = app.apaasRooms().query(caller.userId(), query);
        List<Map<String, Object>> data = new ArrayList<>();
        page.items().forEach(room -> data.add(ApaasRoomProtocol.item(room)));
        ApaasReply reply = new ApaasReply("query_room ok", data);
        return page.nextCursor().map(c -> reply.with("nextCursor", c)).orElse(reply);
    }

    private static RoomQuery.Order order(Params p) {
        String order = p.optionalText("orderBy", 16).orElse("createUtc");
        switch (order) {
            case "createUtc":
                return RoomQuery.Order.CREATED;
            case "totalJoined":
                return RoomQuery.Order.TOTAL_JOINED;
            default:
                throw new ParamException("orderBy", "orderBy must be createUtc or totalJoined");
        }
    }
}

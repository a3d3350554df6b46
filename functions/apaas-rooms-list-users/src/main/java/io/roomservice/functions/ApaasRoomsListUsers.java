package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.Page;
import io.roomservice.domain.apaas.RoomMember;
import io.roomservice.infra.token.Token;
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
 * rooms/list_users: a page of the room's present members with their roles; only members (and the owner) may list.
 */
public final class ApaasRoomsListUsers extends ApaasFunction {

    public ApaasRoomsListUsers() {
        this(App.current());
    }

    public ApaasRoomsListUsers(App app) {
        super(app);
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_QUERY_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Token caller = call.caller();
        Params p = call.params();
        Page<RoomMember> page = app.apaasRooms().listUsers(caller.userId(), ApaasRoomProtocol.roomId(p),
                ApaasRoomProtocol.offset(p), ApaasRoomProtocol.cursor(p), ApaasRoomProtocol.limit(p));
        List<Map<String, Object>> data = new ArrayList<>();
        page.items().forEach(m -> data.add(ApaasRoomProtocol.member(m)));
        ApaasReply reply = new ApaasReply("query_Users ok", data);
        return page.nextCursor().map(c -> reply.with("nextCursor", c)).orElse(reply);
    }
}

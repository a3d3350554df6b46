package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.ParamException;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.util.Map;

/**
 * set_custom_field (live_room): {@code inc}, {@code dec} (the room's creator, pushers and audience) or
 * {@code set} (the creator only) one custom field, atomically, within ±{@link RoomServiceRooms#MAX_CUSTOM_FIELD_VALUE}.
 */
public final class RoomserviceSetCustomField extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceSetCustomField() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceSetCustomField(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceSetCustomField(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.liveType();
        Params p = call.params();
        String roomId = RoomServiceProtocol.roomId(p);
        String field = RoomServiceProtocol.fieldName(p);
        String operation = p.requiredText("operation", 8);
        Map<String, Long> custom;
        switch (operation) {
            case "inc":
                custom = rooms.setCustomField(type, call.userId(), roomId, field, true, 1);
                break;
            case "dec":
                custom = rooms.setCustomField(type, call.userId(), roomId, field, true, -1);
                break;
            case "set":
                if (!p.has("value")) {
                    throw new ParamException("value", "value is required for set");
                }
                custom = rooms.setCustomField(type, call.userId(), roomId, field, false,
                        p.integer("value", 0, (int) -RoomServiceRooms.MAX_CUSTOM_FIELD_VALUE, (int) RoomServiceRooms.MAX_CUSTOM_FIELD_VALUE));
                break;
            default:
                throw new ParamException("operation", "operation must be inc, dec or set");
        }
        return RoomServiceProtocol.custom(custom);
    }
}

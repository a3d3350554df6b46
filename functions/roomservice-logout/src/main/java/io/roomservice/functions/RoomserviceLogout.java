package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** logout: revokes the caller's session token. */
public final class RoomserviceLogout extends RoomServiceFunction {

    public RoomserviceLogout() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceLogout(App app) {
        this(app.familyServices());
    }

    public RoomserviceLogout(FamilyServices family) {
        super(family);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        call.type();
        call.endSession();
        return RoomServiceReply.ok();
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.StreamUrls;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_push_url: a push URL for a stream of the caller's own, signed with the push key. */
public final class RoomserviceGetPushUrl extends RoomServiceFunction {

    private final StreamUrls urls;

    public RoomserviceGetPushUrl() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceGetPushUrl(App app) {
        this(app.familyServices(), app.roomService().urls());
    }

    public RoomserviceGetPushUrl(FamilyServices family, StreamUrls urls) {
        super(family);
        this.urls = urls;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        call.type();
        return RoomServiceReply.ok().with("pushURL", urls.pushUrl(userId));
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceLogins;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.time.Clock;

/**
 * login: checks the caller's TLS UserSig (v2, with the TRTC key; a plain UserSig, unexpired, not
 * dated ahead, not older than a deletion of the account) and issues a RoomService session token.
 */
@Anonymous("a login: the UserSig is the credential")
public final class RoomserviceLogin extends RoomServiceFunction {

    private static final int MAX_PLATFORM_LENGTH = 32;

    private final RoomServiceLogins logins;
    private final Clock clock;

    public RoomserviceLogin() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceLogin(App app) {
        this(app.familyServices(), app.roomServiceLogins(), app.clock());
    }

    public RoomserviceLogin(FamilyServices family, RoomServiceLogins logins, Clock clock) {
        super(family);
        this.logins = logins;
        this.clock = clock;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        Params p = call.params();
        RoomType type = call.type();
        String userId = p.requiredText("userID", RoomServiceLogins.MAX_USER_ID_LENGTH);
        String token = logins.login(userId, p.requiredText("userSig", RoomServiceLogins.MAX_USER_SIG_LENGTH),
                p.optionalText("sdkAppID", 20), isMlvbClient(p));
        return RoomServiceReply.ok()
                .with("userID", userId)
                .with("token", token)
                .with("roomType", type.kind())
                .with("timestamp", clock.millis());
    }

    /**
     * The MLVB live-room components (the successors of RTCRoom/LiveRoom) name their {@code platform} at
     * login, and create and dismiss each room's IM group themselves; the older clients send no platform
     * and only join the group the service created.
     */
    private static boolean isMlvbClient(Params p) {
        return p.optionalText("platform", MAX_PLATFORM_LENGTH).isPresent();
    }
}

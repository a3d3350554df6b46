package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceCode;
import io.roomservice.protocol.roomservice.RoomServiceException;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.security.SecureRandom;

/**
 * /weapp/utils/get_login_info: the original's debugging helper, which signs a UserSig for
 * any userID. It answers only when ROOMSERVICE_DEBUG_LOGIN_INFO=true; otherwise it refuses
 * with code 7, because with it anyone can log in as anyone.
 */
@Anonymous("a debugging helper, off unless ROOMSERVICE_DEBUG_LOGIN_INFO=true")
public final class RoomserviceGetLoginInfo extends RoomServiceFunction {

    private static final long USER_SIG_TTL_SECONDS = 24 * 3600;

    private final boolean enabled;
    private final SecureRandom random = new SecureRandom();

    public RoomserviceGetLoginInfo() {
        this(App.current());
    }

    public RoomserviceGetLoginInfo(App app) {
        super(app);
        // Exactly "true": a debugging back door must not open on a near miss such as "yes" or "TRUE".
        this.enabled = app.settings().text(SettingsCatalogue.ROOMSERVICE_DEBUG_LOGIN_INFO).filter("true"::equals).isPresent();
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        if (!enabled) {
            throw new RoomServiceException(RoomServiceCode.UNAUTHORIZED,
                    "get_login_info is a debugging helper and is off (ROOMSERVICE_DEBUG_LOGIN_INFO)");
        }
        String userId = call.params().optionalText("userID", 64)
                .orElseGet(() -> String.format("user_%08x_%04x", random.nextInt(), random.nextInt(0x10000)));
        if (!userId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new RoomServiceException(RoomServiceCode.BAD_PARAMETER, "参数不全: userID must be letters, digits, _ or -");
        }
        return RoomServiceReply.ok()
                .with("userID", userId)
                .with("sdkAppID", app.signer().sdkAppId())
                .with("accType", "0")
                .with("userSig", app.signer().userSig(userId, USER_SIG_TTL_SECONDS));
    }
}

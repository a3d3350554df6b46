package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.credentials.SignInfo;
import io.roomservice.domain.credentials.TrtcCredentials;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
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

    private final TrtcCredentials credentials;
    private final boolean enabled;
    private final SecureRandom random = new SecureRandom();

    public RoomserviceGetLoginInfo() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceGetLoginInfo(App app) {
        this(app.familyServices(), app.trtcCredentials(), app.debugLoginInfo());
    }

    /** {@code enabled}: whether the helper answers at all (ROOMSERVICE_DEBUG_LOGIN_INFO). */
    public RoomserviceGetLoginInfo(FamilyServices family, TrtcCredentials credentials, boolean enabled) {
        super(family);
        this.credentials = credentials;
        this.enabled = enabled;
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
        SignInfo signed = credentials.forUser(userId, USER_SIG_TTL_SECONDS);
        return RoomServiceReply.ok()
                .with("userID", userId)
                .with("sdkAppID", signed.sdkAppId())
                .with("accType", "0")
                .with("userSig", signed.userSig());
    }
}

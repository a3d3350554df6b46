package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.sign.TicketVerdict;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceCode;
import io.roomservice.protocol.roomservice.RoomServiceException;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.util.Locale;
import java.util.Optional;

/** login: checks the caller's TLS UserSig (v2, with the TRTC key, expiry enforced) and issues a session token. */
@Anonymous("a login: the UserSig is the credential")
public final class RoomserviceLogin extends RoomServiceFunction {

    public RoomserviceLogin() {
        this(App.current());
    }

    public RoomserviceLogin(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        Params p = call.params();
        RoomType type = call.type();
        String userId = p.requiredText("userID", TlsSigner.MAX_USER_ID_LENGTH);
        String userSig = p.requiredText("userSig", 4096);
        Optional<String> sdkAppId = p.optionalText("sdkAppID", 20);
        TlsSigner signer = app.signer();
        if (sdkAppId.isPresent() && !sdkAppId.get().equals(Long.toString(signer.sdkAppId()))) {
            throw new RoomServiceException(RoomServiceCode.UNAUTHORIZED, "鉴权失败: sdkAppID is not this service's application");
        }
        TicketVerdict verdict = app.ticketVerifier().verify(userSig);
        if (!verdict.isValid()) {
            throw new RoomServiceException(RoomServiceCode.UNAUTHORIZED,
                    "鉴权失败: the UserSig is " + verdict.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (!verdict.ticket().orElseThrow().identifier().equals(userId)) {
            throw new RoomServiceException(RoomServiceCode.UNAUTHORIZED, "鉴权失败: the UserSig was issued to another user");
        }
        return RoomServiceReply.ok()
                .with("userID", userId)
                .with("token", app.tokens().issue(TokenAudience.ROOMSERVICE, userId))
                .with("roomType", type.kind())
                .with("timestamp", app.clock().millis());
    }
}

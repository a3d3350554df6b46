package io.roomservice.protocol.roomservice;

import io.roomservice.domain.limits.AbuseLimits;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.limits.Requester;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.infra.token.Token;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.Params;
import io.roomservice.runtime.Request;
import java.util.Optional;

/**
 * One RoomService call: its room type (the path's {@code /weapp/<type>/<action>}), its
 * parameters, and its caller. Over HTTP the caller is the token from {@code login}, sent
 * in the query as {@code ?userID=&token=} (or as a bearer token); a query {@code userID}
 * that is not the token's user is refused, and a {@code userID} in the body is never an
 * identity. A cloud-function invocation is the platform's openId, with the type in {@code roomType}.
 */
public final class RoomServiceCall {

    private final Request request;
    private final Authenticator authenticator;
    private final AbuseLimits limits;
    private final Params params;
    private Token token;
    private Caller caller;

    /** Parses the parameters at once: a malformed body is a parameter error before anything else is looked at. */
    RoomServiceCall(Request request, Authenticator authenticator, AbuseLimits limits) {
        this.request = request;
        this.authenticator = authenticator;
        this.limits = limits;
        this.params = Params.of(request);
    }

    public Request request() {
        return request;
    }

    public Params params() {
        return params;
    }

    /** The room type the path (or an invocation's roomType) names. */
    public RoomType type() {
        String segment;
        if (request.kind() == Request.Kind.INVOKE) {
            segment = params().optionalText("roomType", 32).orElse("");
        } else {
            String[] parts = request.path() == null ? new String[0] : request.path().split("/");
            segment = parts.length >= 2 ? parts[parts.length - 2] : "";
        }
        return RoomType.fromPath(segment).orElseThrow(() -> new RoomServiceException(RoomServiceCode.BAD_PARAMETER,
                "unknown room type: the path must be /weapp/{multi_room|double_room|live_room|rtc_room}/<action>"));
    }

    /** The room type, which must be live_room (audiences, custom fields, mixing). */
    public RoomType liveType() {
        RoomType type = type();
        if (!type.hasAudiences()) {
            throw new RoomServiceException(RoomServiceCode.BAD_PARAMETER, "参数不全: this action exists for live_room only");
        }
        return type;
    }

    /** The verified caller: a RoomService token's user over HTTP, the platform's openId when invoked. */
    public Caller caller() {
        if (caller == null) {
            if (request.kind() == Request.Kind.INVOKE) {
                caller = Authenticator.platformCaller(request.platformUserId().orElseThrow(() -> unauthorized("no platform identity")));
            } else {
                token = verifiedToken();
                caller = Authenticator.caller(token);
            }
        }
        return caller;
    }

    /** The verified caller's user id. */
    public String userId() {
        return caller().userId();
    }

    /** Counts a limited thing the verified caller is about to do; 12 when a limit is reached. */
    public void limit(Limited what) {
        limits.check(what, Requester.of(Optional.of(userId()), request.sourceIp()));
    }

    /** Revokes the token an HTTP caller presented (an invocation has no session to end). */
    public void endSession() {
        caller();
        if (token != null) {
            authenticator.revoke(token);
        }
    }

    private Token verifiedToken() {
        String presented = request.query().get("token");
        if (presented == null || presented.isEmpty()) {
            presented = Authenticator.bearerToken(request).orElseThrow(() -> unauthorized("userID and token are required in the query string; call login first"));
        }
        Token verified;
        try {
            verified = authenticator.verify(presented);
        } catch (InvalidTokenException e) {
            throw unauthorized(e.getMessage());
        }
        String claimed = request.query().get("userID");
        if (claimed != null && !claimed.isEmpty() && !claimed.equals(verified.userId())) {
            throw unauthorized("userID is not the user the token was issued to");
        }
        return verified;
    }

    static RoomServiceException unauthorized(String why) {
        return new RoomServiceException(RoomServiceCode.UNAUTHORIZED, "鉴权失败: " + why);
    }
}

package io.roomservice.protocol.roomservice;

import io.roomservice.domain.limits.AbuseLimits;
import io.roomservice.domain.limits.LimitExceeded;
import io.roomservice.domain.roomservice.RoomRefusal;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.ParamException;
import io.roomservice.protocol.SystemFailure;
import io.roomservice.runtime.HttpGate;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.util.Map;

/**
 * Base of every RoomService function ({@code /weapp/<type>/<action>}): runs the action and
 * renders the flat envelope {@code {code, message, ...fields}} with HTTP 200, every failure
 * mapped to the family's error table. Nothing a caller sent (tokens, UserSigs, URLs) is logged.
 * The caller (a RoomService token, or the platform's openId) is verified before the body runs,
 * unless the function is {@link Anonymous}.
 */
public abstract class RoomServiceFunction extends ScfFunction {

    private final AbuseLimits abuseLimits;
    private final HttpGate gate;
    private final Authenticator authenticator;
    private final boolean needsCaller = !getClass().isAnnotationPresent(Anonymous.class);

    protected RoomServiceFunction(FamilyServices family) {
        this.abuseLimits = family.abuseLimits();
        this.gate = new HttpGate(family.corsOrigins(), RoomServiceEnvelope::refusal);
        this.authenticator = family.authenticator(TokenAudience.ROOMSERVICE);
    }

    @Override
    protected final HttpGate gate() {
        return gate;
    }

    /** Parse the call's parameters, call the domain, render the reply. */
    protected abstract RoomServiceReply run(RoomServiceCall call);

    @Override
    public final Response serve(Request request) {
        try {
            RoomServiceCall call = new RoomServiceCall(request, authenticator, abuseLimits);
            if (needsCaller) {
                call.caller();
            }
            RoomServiceReply reply = run(call);
            return envelope(RoomServiceCode.SUCCESS, RoomServiceReply.OK, reply.fields());
        } catch (RoomServiceException e) {
            return envelope(e.code(), e.getMessage(), Map.of());
        } catch (RoomRefusal e) {
            return envelope(code(e.reason()), e.getMessage(), Map.of());
        } catch (ParamException e) {
            return envelope(RoomServiceCode.BAD_PARAMETER, "参数不全: " + e.getMessage(), Map.of());
        } catch (LimitExceeded e) {
            return envelope(RoomServiceCode.TOO_MANY_REQUESTS, "请求过于频繁: " + e.getMessage(), Map.of());
        } catch (RuntimeException e) {
            SystemFailure failure = SystemFailure.of(e, getClass(), request.requestId());
            return envelope(RoomServiceCode.SYSTEM_ERROR, failure.message(e), Map.of());
        }
    }

    static RoomServiceCode code(RoomRefusal.Reason reason) {
        switch (reason) {
            case ROOM_NOT_FOUND:
            case NOT_CREATOR:
                return RoomServiceCode.ROOM_NOT_FOUND;
            case NOT_PUSHER:
            case NOT_MEMBER:
                return RoomServiceCode.NOT_MEMBER;
            case ROOM_FULL:
            case AUDIENCE_FULL:
                return RoomServiceCode.FULL;
            case ROOM_EXISTS:
                return RoomServiceCode.ROOM_EXISTS;
            case GROUP_FAILED:
                return RoomServiceCode.GROUP_FAILED;
            case FOREIGN_PUSH_URL:
            case LOGIN_REFUSED:
                return RoomServiceCode.UNAUTHORIZED;
            case BAD_MIX:
                return RoomServiceCode.TOO_LONG;
            case MIX_FAILED:
                return RoomServiceCode.SYSTEM_ERROR;
            default:
                return RoomServiceCode.BAD_PARAMETER;
        }
    }

    private static Response envelope(RoomServiceCode code, String message, Map<String, Object> fields) {
        return RoomServiceEnvelope.of(code, message, fields);
    }
}

package io.roomservice.protocol.apaas;

import io.roomservice.domain.apaas.ApaasRoomRefusal;
import io.roomservice.domain.limits.AbuseLimits;
import io.roomservice.domain.limits.LimitExceeded;
import io.roomservice.domain.user.AccountException;
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
 * Base of every aPaaS function: runs the endpoint and renders the envelope
 * {@code {errorCode, errorMessage, data}} plus {@code requestId} when the caller sent
 * {@code X-Request-ID} (or the platform {@code x-scf-request-id}). Every failure maps to
 * the family's table; messages carry no tokens, signatures or stack traces. The HTTP
 * status is always 200: the demo apps read {@code errorCode} from the body. The caller (an
 * aPaaS token) is verified before the body runs, unless the function is {@link Anonymous}.
 */
public abstract class ApaasFunction extends ScfFunction {

    private final AbuseLimits abuseLimits;
    private final Authenticator authenticator;
    private final HttpGate gate;
    private final boolean needsCaller = !getClass().isAnnotationPresent(Anonymous.class);

    protected ApaasFunction(FamilyServices family) {
        this.abuseLimits = family.abuseLimits();
        this.authenticator = family.authenticator(TokenAudience.APAAS);
        this.gate = new HttpGate(family.corsOrigins(),
                (request, refusal) -> ApaasEnvelope.refusal(request, refusal, parameterError()));
    }

    @Override
    protected final HttpGate gate() {
        return gate;
    }

    /** Parse the call's parameters, call the domain, render the reply. */
    protected abstract ApaasReply run(ApaasCall call);

    /** The code for a missing or unusable parameter on this endpoint. */
    protected ApaasCode parameterError() {
        return ApaasCode.SYSTEM_VERIFY_ERROR;
    }

    @Override
    public final Response serve(Request request) {
        String requestId = ApaasEnvelope.requestId(request);
        try {
            ApaasCall call = new ApaasCall(request, authenticator, abuseLimits);
            if (needsCaller) {
                call.caller();
            }
            ApaasReply reply = run(call);
            return envelope(ApaasCode.SUCCESS, reply.message(), reply.data(), reply.extra(), requestId);
        } catch (ApaasException e) {
            return error(e.code(), e.getMessage(), requestId);
        } catch (AccountException e) {
            return error(codeFor(e.reason()), e.getMessage(), requestId);
        } catch (ApaasRoomRefusal e) {
            return error(codeFor(e.reason()), e.getMessage(), requestId);
        } catch (ParamException e) {
            return error(parameterError(), e.getMessage(), requestId);
        } catch (LimitExceeded e) {
            return error(ApaasCode.USER_QUERY_LIMIT, e.getMessage(), requestId);
        } catch (RuntimeException e) {
            SystemFailure failure = SystemFailure.of(e, getClass(), request.requestId());
            return error(codeFor(failure), failure.message(e), requestId);
        }
    }

    static ApaasCode codeFor(SystemFailure failure) {
        switch (failure) {
            case DATABASE_UNAVAILABLE:
                return ApaasCode.SERVICE_DB_FAILED;
            case REDIS_UNAVAILABLE:
                return ApaasCode.SERVICE_UNAVAILABLE;
            default:
                return ApaasCode.SYSTEM_ERROR;
        }
    }

    /** A room refusal: an unknown or ended room is 2004; a failing TRTC is 100; the rest are the endpoint's parameter error. */
    private ApaasCode codeFor(ApaasRoomRefusal.Reason reason) {
        switch (reason) {
            case NOT_FOUND:
                return ApaasCode.ROOM_NOT_EXISTS;
            case MEDIA_FAILED:
                return ApaasCode.SERVICE_UNAVAILABLE;
            default:
                return parameterError();
        }
    }

    static ApaasCode codeFor(AccountException.Reason reason) {
        switch (reason) {
            case BAD_EMAIL:
                return ApaasCode.USER_EMAIL_INVALID;
            case BAD_SEARCH:
                return ApaasCode.USER_QUERY_PARAMS;
            case NOTHING_TO_UPDATE:
                return ApaasCode.USE_INFO_EMPTY;
            case RATE_LIMITED:
                return ApaasCode.USER_QUERY_LIMIT;
            case CODE_INVALID:
                return ApaasCode.USER_CODE_INVALID;
            case CODE_EXPIRED:
                return ApaasCode.USER_CODE_EXPIRED;
            case CODE_USED_UP:
                return ApaasCode.USER_CODE_CONSUMED;
            case DELIVERY_FAILED:
                return ApaasCode.SERVICE_SMS_FAILED;
            case USER_NOT_FOUND:
                return ApaasCode.USER_NOT_EXISTS;
            case SERVICE_UNAVAILABLE:
                return ApaasCode.SERVICE_UNAVAILABLE;
            default:
                return ApaasCode.SYSTEM_VERIFY_ERROR;
        }
    }

    private static Response error(ApaasCode code, String detail, String requestId) {
        return ApaasEnvelope.error(code, detail, requestId);
    }

    private static Response envelope(ApaasCode code, String message, Object data, Map<String, Object> extra,
                                     String requestId) {
        return ApaasEnvelope.of(code, message, data, extra, requestId);
    }
}

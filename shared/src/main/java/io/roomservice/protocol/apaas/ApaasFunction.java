package io.roomservice.protocol.apaas;

import io.roomservice.app.App;
import io.roomservice.config.ConfigException;
import io.roomservice.domain.user.AccountException;
import io.roomservice.infra.db.DatabaseException;
import io.roomservice.infra.redis.RedisUnavailableException;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.ParamException;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Base of every aPaaS function: runs the endpoint and renders the envelope
 * {@code {errorCode, errorMessage, data}} plus {@code requestId} when the caller sent
 * {@code X-Request-ID} (or the platform {@code x-scf-request-id}). Every failure maps to
 * the family's table; messages carry no tokens, signatures or stack traces. The HTTP
 * status is always 200: the demo apps read {@code errorCode} from the body.
 */
public abstract class ApaasFunction extends ScfFunction {

    private static final Logger LOG = Logger.getLogger(ApaasFunction.class.getName());

    protected final App app;
    private final Authenticator authenticator;

    protected ApaasFunction(App app) {
        this.app = app;
        this.authenticator = new Authenticator(app.tokens());
    }

    /** Parse the call's parameters, call the domain, render the reply. */
    protected abstract ApaasReply run(ApaasCall call);

    /** The code for a missing or unusable parameter on this endpoint. */
    protected ApaasCode parameterError() {
        return ApaasCode.SYSTEM_VERIFY_ERROR;
    }

    @Override
    public final Response serve(Request request) {
        String requestId = request.header("X-Request-ID").or(() -> request.header("x-scf-request-id")).orElse(null);
        try {
            ApaasReply reply = run(new ApaasCall(request, authenticator));
            return envelope(ApaasCode.SUCCESS, reply.message(), reply.data(), requestId);
        } catch (ApaasException e) {
            return error(e.code(), e.getMessage(), requestId);
        } catch (AccountException e) {
            return error(codeFor(e.reason()), e.getMessage(), requestId);
        } catch (ParamException e) {
            return error(parameterError(), e.getMessage(), requestId);
        } catch (ConfigException e) {
            LOG.severe(getClass().getSimpleName() + ": " + e.getMessage());
            return error(ApaasCode.SYSTEM_ERROR, e.getMessage(), requestId);
        } catch (DatabaseException e) {
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " request " + request.requestId() + ": " + e.getMessage(), e);
            return error(ApaasCode.SERVICE_DB_FAILED, "the database is temporarily unavailable", requestId);
        } catch (RedisUnavailableException e) {
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " request " + request.requestId() + ": " + e.getMessage(), e);
            return error(ApaasCode.SERVICE_UNAVAILABLE, "the service is temporarily unavailable", requestId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " request " + request.requestId() + " failed", e);
            return error(ApaasCode.SYSTEM_ERROR, "internal error", requestId);
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
            default:
                return ApaasCode.SYSTEM_VERIFY_ERROR;
        }
    }

    private static Response error(ApaasCode code, String detail, String requestId) {
        return envelope(code, code.label() + "(" + code.code() + "): " + detail, null, requestId);
    }

    private static Response envelope(ApaasCode code, String message, Object data, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorCode", code.code());
        body.put("errorMessage", message);
        if (data != null) {
            body.put("data", data);
        }
        if (requestId != null && !requestId.isEmpty()) {
            body.put("requestId", requestId);
        }
        return Response.json(200, body);
    }
}

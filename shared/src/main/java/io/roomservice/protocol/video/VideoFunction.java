package io.roomservice.protocol.video;

import io.roomservice.app.App;
import io.roomservice.config.ConfigException;
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
 * Base of every video-family function: runs the action and renders the envelope
 * {@code {code, message, data}}, with every failure mapped to the family's error table.
 * The answer is always HTTP 200, as the cloud-function clients expect.
 */
public abstract class VideoFunction extends ScfFunction {

    private static final Logger LOG = Logger.getLogger(VideoFunction.class.getName());

    protected final App app;
    private final Authenticator authenticator;

    protected VideoFunction(App app) {
        this.app = app;
        this.authenticator = new Authenticator(app.tokens());
    }

    /** Parse the call's parameters, call the domain, render the reply. */
    protected abstract VideoReply run(VideoCall call);

    @Override
    public final Response serve(Request request) {
        try {
            VideoReply reply = run(new VideoCall(request, authenticator));
            return envelope(VideoCode.SUCCESS, reply.message(), reply.data());
        } catch (VideoException e) {
            return envelope(e.code(), e.getMessage(), Map.of());
        } catch (ParamException e) {
            return envelope(VideoCode.BAD_PARAMETER, e.getMessage(), Map.of());
        } catch (ConfigException e) {
            LOG.severe(getClass().getSimpleName() + ": " + e.getMessage());
            return envelope(VideoCode.SYSTEM_ERROR, e.getMessage(), Map.of());
        } catch (DatabaseException | RedisUnavailableException e) {
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " request " + request.requestId() + ": " + e.getMessage(), e);
            return envelope(VideoCode.SYSTEM_ERROR, "the service is temporarily unavailable", Map.of());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " request " + request.requestId() + " failed", e);
            return envelope(VideoCode.SYSTEM_ERROR, "internal error", Map.of());
        }
    }

    private static Response envelope(VideoCode code, String message, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.code());
        body.put("message", message);
        body.put("data", data);
        return Response.json(200, body);
    }
}

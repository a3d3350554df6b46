package io.roomservice.runtime;

import com.qcloud.scf.runtime.Context;
import java.util.Map;

/**
 * The entry point every deployed function shares. SCF creates the handler class once per
 * instance and calls {@link #handle} for each event.
 *
 * <p>The event parameter is a {@code Map} rather than scf-java-events'
 * {@code APIGatewayProxyRequestEvent}: a deployed function has exactly one handler, and a
 * typed HTTP event would silently drop the fields of a cloud-function invocation
 * ({@code roomID}, {@code userInfo}, ...). {@link EventAdapter} tells the shapes apart.
 */
public abstract class ScfFunction {

    /**
     * The SCF handler: {@code <class>::handle} in serverless.yml. An HTTP event gets the
     * integrated response ({@code {isBase64Encoded, statusCode, headers, body}}); a
     * cloud-function invocation gets the body itself ({@code {code, message, data}}), which
     * is what {@code callFunction} hands the mini-program as its {@code result}.
     */
    public final String handle(Map<String, Object> event, Context context) {
        Request request = EventAdapter.toRequest(event, context);
        Response response = answer(request);
        return request.kind() == Request.Kind.INVOKE ? response.body() : response.toScfJson();
    }

    /**
     * The CloudBase handler: {@code <class>::invoke} in cloudbaserc.json. A mini-program's
     * {@code callFunction} hands back what the function returned as {@code res.result}; a
     * returned string of JSON would reach it as a string (so {@code res.result.code} would be
     * undefined), so this returns the answer as an object made only of maps, lists, strings,
     * numbers, booleans and nulls, which any JSON library the runtime uses writes the same way.
     */
    public final Map<String, Object> invoke(Map<String, Object> event, Context context) {
        return Json.readObject(handle(event, context));
    }

    /**
     * Every request enters here, from an SCF event or from the HTTP front: an HTTP request
     * passes the {@link HttpGate} (only GET and POST reach {@link #serve}), an invocation
     * goes straight to {@link #serve}.
     */
    public final Response answer(Request request) {
        return request.kind() == Request.Kind.HTTP ? gate().admit(request, this::serve) : serve(request);
    }

    /** A request the HTTP front turns away before it is complete (too large, unreadable), in this function's envelope. */
    public final Response refuse(Request request, Refusal refusal) {
        return gate().refuse(request, refusal);
    }

    /** The door of this function's HTTP requests: families answer refusals in their envelope, with their CORS origins. */
    protected HttpGate gate() {
        return HttpGate.PLAIN;
    }

    /** Answers one admitted request; never throws (a family renders its own system error). */
    public abstract Response serve(Request request);
}

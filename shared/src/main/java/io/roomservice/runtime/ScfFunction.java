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
        Response response = serve(request);
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

    /** Answers one request; never throws (a family renders its own system error). */
    public abstract Response serve(Request request);
}

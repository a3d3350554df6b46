package io.roomservice.functions.router;

import io.roomservice.app.App;
import io.roomservice.runtime.HttpGate;
import io.roomservice.runtime.Refusal;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The router function: serves every HTTP path of the bundle behind a single Function URL
 * (API Gateway is retired) by dispatching in-process to the same handler objects that
 * are deployed one per function. The local gateway routes through this class too.
 */
public final class Router extends ScfFunction {

    private final Map<String, ScfFunction> byLiteralPath = new HashMap<>();
    private final Map<PathTemplate, ScfFunction> byTemplate = new LinkedHashMap<>();
    private final HttpGate gate;

    public Router() {
        this(App.current());
    }

    public Router(App app) {
        this.gate = new HttpGate(app.familyServices().corsOrigins(), this::refusal);
        for (Routes.Route route : Routes.all()) {
            ScfFunction function = route.instantiate(app);
            for (String path : route.paths()) {
                PathTemplate template = new PathTemplate(path);
                if (template.isLiteral()) {
                    byLiteralPath.put(path, function);
                } else {
                    byTemplate.put(template, function);
                }
            }
        }
    }

    /** Every HTTP request passes this gate before it is routed. */
    @Override
    protected HttpGate gate() {
        return gate;
    }

    @Override
    public Response serve(Request request) {
        if (request.kind() != Request.Kind.HTTP) {
            return notFound("the router serves HTTP requests; invoke a function by its own name");
        }
        ScfFunction target = find(normalise(request.path()));
        if (target == null) {
            return refusal(request, Refusal.notFound(request.path()));
        }
        return target.serve(request);
    }

    /** A refusal in the envelope of the function at the path (its own parameter code), else of the path's family. */
    private Response refusal(Request request, Refusal refusal) {
        ScfFunction target = request.path() == null ? null : find(normalise(request.path()));
        return target != null ? target.refuse(request, refusal) : PathFamilies.refusals(request.path()).render(request, refusal);
    }

    private ScfFunction find(String path) {
        ScfFunction exact = byLiteralPath.get(path);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<PathTemplate, ScfFunction> entry : byTemplate.entrySet()) {
            if (entry.getKey().matches(path)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String normalise(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Response notFound(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 404);
        body.put("message", message);
        return Response.json(404, body);
    }
}

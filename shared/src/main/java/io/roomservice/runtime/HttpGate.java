package io.roomservice.runtime;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The door every HTTP request passes before an action runs (web function, local gateway,
 * and an event function receiving an API-Gateway or Function-URL event): only GET and POST
 * act; OPTIONS answers a CORS preflight and acts on nothing; any other method, HEAD
 * included, is 405 with an {@code Allow} header. Answers carry the CORS headers the allowed
 * origins call for. Refusals are rendered by the function's family.
 */
public final class HttpGate {

    static final List<String> ACTING_METHODS = List.of("GET", "POST");
    static final String ALLOW = "GET, POST, OPTIONS";
    static final String PREFLIGHT_HEADERS = "Authorization, Content-Type, X-Request-ID";
    /** How long a browser may reuse a preflight answer. */
    static final long PREFLIGHT_MAX_AGE_SECONDS = 600;

    public static final HttpGate PLAIN = new HttpGate(CorsOrigins.NONE, Refusals.PLAIN);

    private final CorsOrigins origins;
    private final Refusals refusals;

    public HttpGate(CorsOrigins origins, Refusals refusals) {
        this.origins = origins;
        this.refusals = refusals;
    }

    /** Runs {@code action} for a GET or POST; answers anything else itself. */
    public Response admit(Request request, Function<Request, Response> action) {
        String method = request.method() == null ? "" : request.method().toUpperCase(Locale.ROOT);
        if ("OPTIONS".equals(method)) {
            return preflight(request);
        }
        if (!ACTING_METHODS.contains(method)) {
            return refuse(request, Refusal.methodNotAllowed(method)).withHeader("Allow", ALLOW);
        }
        return withCors(request, action.apply(request));
    }

    /** The refusal in the family's envelope, with the CORS headers a browser needs to read it. */
    public Response refuse(Request request, Refusal refusal) {
        return withCors(request, refusals.render(request, refusal));
    }

    private Response preflight(Request request) {
        Response answer = withCors(request, Response.empty(204)).withHeader("Allow", ALLOW);
        if (origins.allowOrigin(request.header("Origin").orElse(null)).isPresent()) {
            answer = answer.withHeader("Access-Control-Allow-Methods", "GET, POST")
                    .withHeader("Access-Control-Allow-Headers", PREFLIGHT_HEADERS)
                    .withHeader("Access-Control-Max-Age", Long.toString(PREFLIGHT_MAX_AGE_SECONDS));
        }
        return answer;
    }

    private Response withCors(Request request, Response response) {
        Response out = response;
        String origin = request.header("Origin").orElse(null);
        if (origin != null) {
            out = origins.allowOrigin(origin).map(o -> response.withHeader("Access-Control-Allow-Origin", o)).orElse(response);
        }
        return origins.variesByOrigin() ? out.withHeader("Vary", "Origin") : out;
    }
}

package io.roomservice.functions.router;

import io.roomservice.app.App;
import io.roomservice.protocol.video.VideoCode;
import io.roomservice.protocol.video.VideoEnvelope;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code video} function: serves the mini-program convention
 * {@code callService({service: 'video', action, data})} and the cloud-function router
 * style {@code {$url: action, ...data}} by running the named action in-process, with the
 * caller's platform identity. Only the known video actions can be named.
 */
public final class VideoService extends ScfFunction {

    public static final String SERVICE = "video";

    private final Map<String, ScfFunction> actions = new TreeMap<>();

    public VideoService() {
        this(App.current());
    }

    public VideoService(App app) {
        for (Routes.Route route : Routes.all()) {
            if (route.service().filter(SERVICE::equals).isPresent()) {
                actions.put(route.function(), route.instantiate(app));
            }
        }
    }

    @Override
    public Response serve(Request request) {
        if (request.kind() != Request.Kind.INVOKE) {
            return VideoEnvelope.error(VideoCode.BAD_PARAMETER,
                    "the video function is called as a cloud function; over HTTP use /video/<action>");
        }
        Map<String, Object> event = request.invokeData();
        String action;
        Object data;
        if (event.containsKey("$url")) {
            action = String.valueOf(event.get("$url"));
            Map<String, Object> rest = new LinkedHashMap<>(event);
            rest.remove("$url");
            data = rest;
        } else {
            Object service = event.get("service");
            if (!SERVICE.equals(service)) {
                return VideoEnvelope.error(VideoCode.BAD_PARAMETER, "unknown service '" + service + "': this function serves 'video'");
            }
            action = String.valueOf(event.get("action"));
            data = event.getOrDefault("data", Map.of());
        }
        ScfFunction target = actions.get(action);
        if (target == null) {
            return VideoEnvelope.error(VideoCode.BAD_PARAMETER,
                    "unknown action '" + action + "' of service 'video'; known: " + String.join(", ", actions.keySet()));
        }
        if (!(data instanceof Map)) {
            return VideoEnvelope.error(VideoCode.BAD_PARAMETER, "data must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) data;
        Request inner = Request.invoke(fields, request.platformUserId().orElse(null))
                .requestId(request.requestId())
                .build();
        return target.serve(inner);
    }
}

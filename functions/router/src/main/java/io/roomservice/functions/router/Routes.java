package io.roomservice.functions.router;

import io.roomservice.app.App;
import io.roomservice.functions.WebrtcroomEnterRoom;
import io.roomservice.functions.WebrtcroomGetRoomInfo;
import io.roomservice.functions.WebrtcroomGetRoomList;
import io.roomservice.functions.WebrtcroomQuitRoom;
import io.roomservice.runtime.ScfFunction;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

/**
 * Every deployed function: its name (as in serverless.yml), its HTTP path, and its
 * handler class. The router, the local gateway and the deployment test all read this list.
 */
public final class Routes {

    /** One function of the bundle and the HTTP paths it serves. */
    public static final class Route {
        private final String function;
        private final Class<? extends ScfFunction> handler;
        private final List<String> paths;

        Route(String function, Class<? extends ScfFunction> handler, String... paths) {
            this.function = function;
            this.handler = handler;
            this.paths = List.of(paths);
        }

        public String function() {
            return function;
        }

        /** Literal paths, or templates with whole-segment placeholders ({@code /weapp/{type}/login}). */
        public List<String> paths() {
            return paths;
        }

        public Class<? extends ScfFunction> handler() {
            return handler;
        }

        /** A handler instance sharing the given App (handlers have an (App) constructor). */
        public ScfFunction instantiate(App app) {
            try {
                return handler.getConstructor(App.class).newInstance(app);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                        : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(handler.getName() + " needs a public (App) constructor", e);
            }
        }
    }

    private static final List<Route> ALL = List.of(
            new Route("webrtcroom-enter-room", WebrtcroomEnterRoom.class, "/video/webrtcroom-enter-room"),
            new Route("webrtcroom-quit-room", WebrtcroomQuitRoom.class, "/video/webrtcroom-quit-room"),
            new Route("webrtcroom-get-room-list", WebrtcroomGetRoomList.class, "/video/webrtcroom-get-room-list"),
            new Route("webrtcroom-get-room-info", WebrtcroomGetRoomInfo.class, "/video/webrtcroom-get-room-info"));

    private Routes() {
    }

    public static List<Route> all() {
        return ALL;
    }

    public static Optional<Route> byFunction(String name) {
        return ALL.stream().filter(r -> r.function.equals(name)).findFirst();
    }
}

package io.roomservice.functions.router;

import io.roomservice.app.App;
import io.roomservice.functions.WebrtcroomEnterRoom;
import io.roomservice.functions.WebrtcroomGetRoomInfo;
import io.roomservice.functions.WebrtcroomGetRoomList;
import io.roomservice.functions.WebrtcroomQuitRoom;
import io.roomservice.functions.RoomserviceLogin;
import io.roomservice.functions.RoomserviceLogout;
import io.roomservice.functions.RoomserviceMergeStream;
import io.roomservice.functions.RoomserviceGetPushUrl;
import io.roomservice.functions.RoomserviceGetRoomList;
import io.roomservice.functions.RoomserviceGetPushers;
import io.roomservice.functions.RoomserviceCreateRoom;
import io.roomservice.functions.RoomserviceDestroyRoom;
import io.roomservice.functions.RoomserviceAddPusher;
import io.roomservice.functions.RoomserviceDeletePusher;
import io.roomservice.functions.RoomservicePusherHeartbeat;
import io.roomservice.functions.RoomserviceAddAudience;
import io.roomservice.functions.RoomserviceDeleteAudience;
import io.roomservice.functions.RoomserviceGetAudiences;
import io.roomservice.functions.RoomserviceGetCustomInfo;
import io.roomservice.functions.RoomserviceSetCustomField;
import io.roomservice.functions.RoomserviceGetLoginInfo;
import io.roomservice.functions.RoomserviceSweeper;
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
            new Route("webrtcroom-get-room-info", WebrtcroomGetRoomInfo.class, "/video/webrtcroom-get-room-info"),
            new Route("roomservice-login", RoomserviceLogin.class, "/weapp/{type}/login"),
            new Route("roomservice-logout", RoomserviceLogout.class, "/weapp/{type}/logout"),
            new Route("roomservice-get-push-url", RoomserviceGetPushUrl.class, "/weapp/{type}/get_push_url"),
            new Route("roomservice-get-room-list", RoomserviceGetRoomList.class, "/weapp/{type}/get_room_list"),
            new Route("roomservice-get-pushers", RoomserviceGetPushers.class, "/weapp/{type}/get_pushers"),
            new Route("roomservice-create-room", RoomserviceCreateRoom.class, "/weapp/{type}/create_room"),
            new Route("roomservice-destroy-room", RoomserviceDestroyRoom.class, "/weapp/{type}/destroy_room"),
            new Route("roomservice-add-pusher", RoomserviceAddPusher.class, "/weapp/{type}/add_pusher"),
            new Route("roomservice-delete-pusher", RoomserviceDeletePusher.class, "/weapp/{type}/delete_pusher"),
            new Route("roomservice-pusher-heartbeat", RoomservicePusherHeartbeat.class, "/weapp/{type}/pusher_heartbeat"),
            new Route("roomservice-add-audience", RoomserviceAddAudience.class, "/weapp/live_room/add_audience"),
            new Route("roomservice-delete-audience", RoomserviceDeleteAudience.class, "/weapp/live_room/delete_audience"),
            new Route("roomservice-get-audiences", RoomserviceGetAudiences.class, "/weapp/live_room/get_audiences"),
            new Route("roomservice-get-custom-info", RoomserviceGetCustomInfo.class, "/weapp/live_room/get_custom_info"),
            new Route("roomservice-set-custom-field", RoomserviceSetCustomField.class, "/weapp/live_room/set_custom_field"),
            new Route("roomservice-merge-stream", RoomserviceMergeStream.class, "/weapp/live_room/merge_stream"),
            new Route("roomservice-get-login-info", RoomserviceGetLoginInfo.class, "/weapp/utils/get_login_info"),
            new Route("roomservice-sweeper", RoomserviceSweeper.class));

    private Routes() {
    }

    public static List<Route> all() {
        return ALL;
    }

    public static Optional<Route> byFunction(String name) {
        return ALL.stream().filter(r -> r.function.equals(name)).findFirst();
    }
}

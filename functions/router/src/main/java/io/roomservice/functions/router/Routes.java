package io.roomservice.functions.router;

import io.roomservice.app.App;
import io.roomservice.functions.LiveroomEnterRoom;
import io.roomservice.functions.LiveroomGetRoomInfo;
import io.roomservice.functions.LiveroomGetRoomList;
import io.roomservice.functions.LiveroomGetStreamUrls;
import io.roomservice.functions.LiveroomQuitRoom;
import io.roomservice.functions.VoipGetSignature;
import io.roomservice.functions.WebrtcSigApi;
import io.roomservice.functions.ApaasOauthRegister;
import io.roomservice.functions.ApaasOauthSignature;
import io.roomservice.functions.ApaasUserDelete;
import io.roomservice.functions.ApaasUserKeepalive;
import io.roomservice.functions.ApaasRoomsGenerateRoomid;
import io.roomservice.functions.ApaasRoomsEnterRoom;
import io.roomservice.functions.ApaasRoomsUpdateRoom;
import io.roomservice.functions.ApaasRoomsRoomDetail;
import io.roomservice.functions.ApaasRoomsQueryRoom;
import io.roomservice.functions.ApaasRoomsListUsers;
import io.roomservice.functions.ApaasRoomsLeaveRoom;
import io.roomservice.functions.ApaasRoomsDestroyRoom;
import io.roomservice.functions.ApaasRoomsKickUser;
import io.roomservice.functions.ApaasRoomsSweeper;
import io.roomservice.functions.ApaasUserLoginCode;
import io.roomservice.functions.ApaasUserLoginToken;
import io.roomservice.functions.ApaasUserLogout;
import io.roomservice.functions.ApaasUserQuery;
import io.roomservice.functions.ApaasUserSendCode;
import io.roomservice.functions.ApaasUserUpdate;
import io.roomservice.functions.WebrtcroomCreateRoom;
import io.roomservice.functions.WebrtcroomEnterRoom;
import io.roomservice.functions.WebrtcroomGetRoomInfo;
import io.roomservice.functions.WebrtcroomGetRoomList;
import io.roomservice.functions.WebrtcroomQuitRoom;
import io.roomservice.functions.WechatLogin;
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
import io.roomservice.functions.RoomserviceAnchorHeartbeat;
import io.roomservice.functions.RoomserviceGetAnchors;
import io.roomservice.functions.RoomserviceDeleteAudience;
import io.roomservice.functions.RoomserviceGetAudiences;
import io.roomservice.functions.RoomserviceGetCustomInfo;
import io.roomservice.functions.RoomserviceSetCustomField;
import io.roomservice.functions.RoomserviceGetLoginInfo;
import io.roomservice.functions.RoomserviceSweeper;
import io.roomservice.functions.ImStateCallback;
import io.roomservice.functions.TrtcRoomCallback;
import io.roomservice.functions.WebhookSender;
import io.roomservice.runtime.ScfFunction;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every deployed function: its name (as in serverless.yml), its HTTP path, and its
 * handler class. The router, the local gateway and the deployment test all read this list.
 */
public final class Routes {

    /** The client protocol a function belongs to. */
    public enum Family {
        /** Mini-programs: cloud-function calls (callService service {@code video}) and {@code /video/*}. */
        VIDEO,
        /** The TRTC demo apps: {@code /base/v1/*}. */
        APAAS,
        /** RTCRoom / LiveRoom SDKs: {@code /weapp/*}. */
        ROOMSERVICE,
        /**
         * Tencent's own callbacks (TRTC room events, IM state changes): {@code /callbacks/*}; and
         * the other way, the webhook sender's timer, which calls the tenants' receivers.
         */
        CALLBACKS
    }

    /** One function of the bundle, its family, the HTTP paths it serves, and its timer if a timer runs it. */
    public static final class Route {
        private final String function;
        private final Family family;
        private final Class<? extends ScfFunction> handler;
        private final List<String> paths;
        private final String timerCron;

        Route(String function, Family family, Class<? extends ScfFunction> handler, String timerCron, String... paths) {
            this.function = function;
            this.family = family;
            this.handler = handler;
            this.timerCron = timerCron;
            this.paths = List.of(paths);
        }

        public String function() {
            return function;
        }

        public Family family() {
            return family;
        }

        /** The callService service ({@code video}), or empty for HTTP-only families. */
        public Optional<String> service() {
            return family == Family.VIDEO ? Optional.of(VideoService.SERVICE) : Optional.empty();
        }

        /** Literal paths, or templates with whole-segment placeholders ({@code /weapp/{type}/login}). */
        public List<String> paths() {
            return paths;
        }

        public Class<? extends ScfFunction> handler() {
            return handler;
        }

        /** The SCF timer (seven-field cron) of a timer-triggered function; empty for the others. */
        public Optional<String> timerCron() {
            return Optional.ofNullable(timerCron);
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

    /** SCF's seven-field cron (second minute hour day month weekday year): at second 0 of every minute. */
    static final String EVERY_MINUTE = "0 */1 * * * * *";

    private static final List<Route> ALL = List.of(
            video("webrtcroom-enter-room", WebrtcroomEnterRoom.class),
            video("webrtcroom-create-room", WebrtcroomCreateRoom.class),
            video("webrtcroom-quit-room", WebrtcroomQuitRoom.class),
            video("webrtcroom-get-room-list", WebrtcroomGetRoomList.class),
            video("webrtcroom-get-room-info", WebrtcroomGetRoomInfo.class),
            video("liveroom-enter-room", LiveroomEnterRoom.class),
            video("liveroom-quit-room", LiveroomQuitRoom.class),
            video("liveroom-get-room-list", LiveroomGetRoomList.class),
            video("liveroom-get-room-info", LiveroomGetRoomInfo.class),
            video("liveroom-get-stream-urls", LiveroomGetStreamUrls.class),
            video("webrtc-sig-api", WebrtcSigApi.class),
            video("wechat-login", WechatLogin.class),
            video("voip-get-signature", VoipGetSignature.class),
            apaas("apaas-oauth-register", ApaasOauthRegister.class, "oauth/register"),
            apaas("apaas-oauth-signature", ApaasOauthSignature.class, "oauth/signature"),
            apaas("apaas-user-send-code", ApaasUserSendCode.class, "auth_users/user_send_code", "auth_users/user_verify_by_picture"),
            apaas("apaas-user-login-code", ApaasUserLoginCode.class, "auth_users/user_login_code"),
            apaas("apaas-user-login-token", ApaasUserLoginToken.class, "auth_users/user_login_token"),
            apaas("apaas-user-logout", ApaasUserLogout.class, "auth_users/user_logout"),
            apaas("apaas-user-delete", ApaasUserDelete.class, "auth_users/user_delete"),
            apaas("apaas-user-update", ApaasUserUpdate.class, "auth_users/user_update"),
            apaas("apaas-user-query", ApaasUserQuery.class, "auth_users/user_query"),
            apaas("apaas-user-keepalive", ApaasUserKeepalive.class, "auth_users/user_keepalive"),
            apaas("apaas-rooms-generate-roomid", ApaasRoomsGenerateRoomid.class, "rooms/generate_roomid"),
            apaas("apaas-rooms-enter-room", ApaasRoomsEnterRoom.class, "rooms/enter_room"),
            apaas("apaas-rooms-update-room", ApaasRoomsUpdateRoom.class, "rooms/update_room"),
            apaas("apaas-rooms-room-detail", ApaasRoomsRoomDetail.class, "rooms/room_detail"),
            apaas("apaas-rooms-query-room", ApaasRoomsQueryRoom.class, "rooms/query_room"),
            apaas("apaas-rooms-list-users", ApaasRoomsListUsers.class, "rooms/list_users"),
            apaas("apaas-rooms-leave-room", ApaasRoomsLeaveRoom.class, "rooms/leave_room"),
            apaas("apaas-rooms-destroy-room", ApaasRoomsDestroyRoom.class, "rooms/destroy_room"),
            apaas("apaas-rooms-kick-user", ApaasRoomsKickUser.class, "rooms/kick_user"),
            timer("apaas-rooms-sweeper", Family.APAAS, ApaasRoomsSweeper.class, EVERY_MINUTE),
            roomService("roomservice-login", RoomserviceLogin.class, "/weapp/{type}/login"),
            roomService("roomservice-logout", RoomserviceLogout.class, "/weapp/{type}/logout"),
            roomService("roomservice-get-push-url", RoomserviceGetPushUrl.class, "/weapp/{type}/get_push_url",
                    "/weapp/live_room/get_anchor_url"),
            roomService("roomservice-get-room-list", RoomserviceGetRoomList.class, "/weapp/{type}/get_room_list"),
            roomService("roomservice-get-pushers", RoomserviceGetPushers.class, "/weapp/{type}/get_pushers"),
            roomService("roomservice-create-room", RoomserviceCreateRoom.class, "/weapp/{type}/create_room"),
            roomService("roomservice-destroy-room", RoomserviceDestroyRoom.class, "/weapp/{type}/destroy_room"),
            roomService("roomservice-add-pusher", RoomserviceAddPusher.class, "/weapp/{type}/add_pusher",
                    "/weapp/live_room/add_anchor"),
            roomService("roomservice-delete-pusher", RoomserviceDeletePusher.class, "/weapp/{type}/delete_pusher",
                    "/weapp/live_room/delete_anchor"),
            roomService("roomservice-pusher-heartbeat", RoomservicePusherHeartbeat.class, "/weapp/{type}/pusher_heartbeat"),
            roomService("roomservice-get-anchors", RoomserviceGetAnchors.class, "/weapp/live_room/get_anchors"),
            roomService("roomservice-anchor-heartbeat", RoomserviceAnchorHeartbeat.class, "/weapp/live_room/anchor_heartbeat"),
            roomService("roomservice-add-audience", RoomserviceAddAudience.class, "/weapp/live_room/add_audience"),
            roomService("roomservice-delete-audience", RoomserviceDeleteAudience.class, "/weapp/live_room/delete_audience"),
            roomService("roomservice-get-audiences", RoomserviceGetAudiences.class, "/weapp/live_room/get_audiences"),
            roomService("roomservice-get-custom-info", RoomserviceGetCustomInfo.class, "/weapp/live_room/get_custom_info"),
            roomService("roomservice-set-custom-field", RoomserviceSetCustomField.class, "/weapp/live_room/set_custom_field"),
            roomService("roomservice-merge-stream", RoomserviceMergeStream.class, "/weapp/live_room/merge_stream"),
            roomService("roomservice-get-login-info", RoomserviceGetLoginInfo.class, "/weapp/utils/get_login_info"),
            timer("roomservice-sweeper", Family.ROOMSERVICE, RoomserviceSweeper.class, EVERY_MINUTE),
            callback("trtc-room-callback", TrtcRoomCallback.class, "/callbacks/trtc"),
            callback("im-state-callback", ImStateCallback.class, "/callbacks/im"),
            timer("webhook-sender", Family.CALLBACKS, WebhookSender.class, EVERY_MINUTE));

    /** Functions that dispatch to the others in-process: deployed, but not routes themselves. */
    public static final Map<String, Class<? extends ScfFunction>> DISPATCHERS = Map.of(
            "router", Router.class,
            "video", VideoService.class);

    private Routes() {
    }

    /** An aPaaS endpoint: {@code /base/v1/<endpoint>} and {@code /{stage}/base/v1/<endpoint>} for each endpoint path. */
    private static Route apaas(String function, Class<? extends ScfFunction> handler, String... endpoints) {
        String[] paths = new String[endpoints.length * 2];
        for (int i = 0; i < endpoints.length; i++) {
            paths[2 * i] = "/base/v1/" + endpoints[i];
            paths[2 * i + 1] = "/{stage}/base/v1/" + endpoints[i];
        }
        return new Route(function, Family.APAAS, handler, null, paths);
    }

    /** A RoomService action at its {@code /weapp/...} paths. */
    private static Route roomService(String function, Class<? extends ScfFunction> handler, String... paths) {
        return new Route(function, Family.ROOMSERVICE, handler, null, paths);
    }

    /** An endpoint Tencent's servers call (configured in the TRTC or IM console), not a client. */
    private static Route callback(String function, Class<? extends ScfFunction> handler, String path) {
        return new Route(function, Family.CALLBACKS, handler, null, path);
    }

    /**
     * A function that a timer runs and no client calls: SCF's finest timer is a minute, and
     * every read already hides what the sweep removes for good.
     */
    private static Route timer(String function, Family family, Class<? extends ScfFunction> handler, String cron) {
        return new Route(function, family, handler, cron);
    }

    /** A video-family action: HTTP path /video/&lt;action&gt;, and callService({service:'video', action}). */
    private static Route video(String function, Class<? extends ScfFunction> handler) {
        return new Route(function, Family.VIDEO, handler, null, "/video/" + function);
    }

    public static List<Route> all() {
        return ALL;
    }

    public static Optional<Route> byFunction(String name) {
        return ALL.stream().filter(r -> r.function.equals(name)).findFirst();
    }

    /** Every deployed function by name, routes and dispatchers alike, as SCF would instantiate it. */
    public static Optional<ScfFunction> deployed(String name, App app) {
        Optional<Route> route = byFunction(name);
        if (route.isPresent()) {
            return Optional.of(route.get().instantiate(app));
        }
        Class<? extends ScfFunction> dispatcher = DISPATCHERS.get(name);
        return dispatcher == null ? Optional.empty() : Optional.of(new Route(name, null, dispatcher, null).instantiate(app));
    }
}

package io.roomservice.functions.router;

import io.roomservice.app.App;
import io.roomservice.functions.ApaasOauthRegister;
import io.roomservice.functions.ApaasOauthSignature;
import io.roomservice.functions.ApaasUserDelete;
import io.roomservice.functions.ApaasUserKeepalive;
import io.roomservice.functions.ApaasUserLoginCode;
import io.roomservice.functions.ApaasUserLoginToken;
import io.roomservice.functions.ApaasUserLogout;
import io.roomservice.functions.ApaasUserQuery;
import io.roomservice.functions.ApaasUserSendCode;
import io.roomservice.functions.ApaasUserUpdate;
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
            new Route("webrtcroom-get-room-info", WebrtcroomGetRoomInfo.class, "/video/webrtcroom-get-room-info"),
            new Route("apaas-oauth-register", ApaasOauthRegister.class,
                    "/base/v1/oauth/register", "/{stage}/base/v1/oauth/register"),
            new Route("apaas-oauth-signature", ApaasOauthSignature.class,
                    "/base/v1/oauth/signature", "/{stage}/base/v1/oauth/signature"),
            new Route("apaas-user-send-code", ApaasUserSendCode.class,
                    "/base/v1/auth_users/user_send_code", "/{stage}/base/v1/auth_users/user_send_code",
                    "/base/v1/auth_users/user_verify_by_picture", "/{stage}/base/v1/auth_users/user_verify_by_picture"),
            new Route("apaas-user-login-code", ApaasUserLoginCode.class,
                    "/base/v1/auth_users/user_login_code", "/{stage}/base/v1/auth_users/user_login_code"),
            new Route("apaas-user-login-token", ApaasUserLoginToken.class,
                    "/base/v1/auth_users/user_login_token", "/{stage}/base/v1/auth_users/user_login_token"),
            new Route("apaas-user-logout", ApaasUserLogout.class,
                    "/base/v1/auth_users/user_logout", "/{stage}/base/v1/auth_users/user_logout"),
            new Route("apaas-user-delete", ApaasUserDelete.class,
                    "/base/v1/auth_users/user_delete", "/{stage}/base/v1/auth_users/user_delete"),
            new Route("apaas-user-update", ApaasUserUpdate.class,
                    "/base/v1/auth_users/user_update", "/{stage}/base/v1/auth_users/user_update"),
            new Route("apaas-user-query", ApaasUserQuery.class,
                    "/base/v1/auth_users/user_query", "/{stage}/base/v1/auth_users/user_query"),
            new Route("apaas-user-keepalive", ApaasUserKeepalive.class,
                    "/base/v1/auth_users/user_keepalive", "/{stage}/base/v1/auth_users/user_keepalive"));

    private Routes() {
    }

    public static List<Route> all() {
        return ALL;
    }

    public static Optional<Route> byFunction(String name) {
        return ALL.stream().filter(r -> r.function.equals(name)).findFirst();
    }
}

package io.roomservice.functions;

import static io.roomservice.testing.TencentCallbacks.body;
import static io.roomservice.testing.TencentCallbacks.roomEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.config.Config;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.media.MediaEvent;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.db.Sql;
import io.roomservice.infra.media.CallbackKeys;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TencentCallbacks;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tenant with its own SDKAppID signs its TRTC callbacks with its own key, and they act on its own rooms only. */
class TenantCallbackKeysTest {

    private static final String DEFAULT_KEY = "defaultCallbackKey0123456789abcd";
    private static final String TENANT_KEY = "tenantCallbackKey0123456789abcde";
    private static final long TENANT_APP = 1_400_000_077L;

    private static App app;
    private static TencentCallbacks tencent;

    @BeforeAll
    static void start() {
        Map<String, String> s = new HashMap<>(TestApps.settings());
        s.put("APAAS_MULTI_TENANT", "true");
        s.put("TRTC_CALLBACK_KEY", DEFAULT_KEY);
        app = App.start(Config.of(s), Clock.systemUTC());
        tencent = new TencentCallbacks(new TrtcRoomCallback(app));
        byte[] sealed = CallbackKeys.seal(new SecretBox(s.get("APAAS_SALT_KEY")), TENANT_APP, TENANT_KEY);
        AppStores.database(app).inTransaction(c -> {
            Sql.update(c, "INSERT INTO apaas_tenants (app_id, sdk_app_id, secret_key) VALUES ('tenant-x', ?, 'k')", TENANT_APP);
            return Sql.update(c, "INSERT INTO trtc_callback_keys (sdk_app_id, sealed_key) VALUES (?, ?)", TENANT_APP, sealed);
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String user(String name, String tenant) {
        String id = ApaasUsers.signUp(app, name + "-" + TestApps.randomHex(4)).user().userId();
        AppStores.database(app).inTransaction(c -> Sql.update(c, "UPDATE apaas_users SET tenant = ? WHERE user_id = ?", tenant, id));
        return id;
    }

    private static void enter(String userId, String roomId) {
        app.apaasRooms().enter(userId, Optional.of(roomId), "demo", Optional.empty(), RoomFields.NONE);
    }

    @Test
    void aTenantsOwnKeySignsItsCallbacksWhichActOnItsOwnRoomsOnly() throws Exception {
        String room = "t" + TestApps.randomHex(4);
        String tenantOwner = user("towner", "tenant-x");
        String tenantGuest = user("tguest", "tenant-x");
        String homeOwner = user("howner", "");
        enter(tenantOwner, room);
        enter(tenantGuest, room);
        enter(homeOwner, room);
        Thread.sleep(2);
        long now = System.currentTimeMillis();
        String exit = roomEvent(MediaEvent.MEMBER_EXITED, room, tenantGuest, now, 1, now);
        assertEquals(401, tencent.postTrtc(TENANT_APP, DEFAULT_KEY, exit).get("statusCode"), "the default key does not sign for the tenant");
        assertEquals(1, app.apaasRooms().openRoomsOf(tenantGuest).size());
        Map<String, Object> applied = tencent.postTrtc(TENANT_APP, TENANT_KEY, exit);
        assertEquals(200, applied.get("statusCode"), applied.toString());
        assertEquals("applied", body(applied).get("message"));
        assertTrue(app.apaasRooms().openRoomsOf(tenantGuest).isEmpty(), "the tenant's member left");

        String dismiss = roomEvent(MediaEvent.ROOM_DISMISSED, room, null, now + 1, 0, now + 1);
        assertEquals("applied", body(tencent.postTrtc(TENANT_APP, TENANT_KEY, dismiss)).get("message"));
        assertTrue(app.apaasRooms().openRoomsOf(tenantOwner).isEmpty(), "the tenant's room ended");
        assertEquals(1, app.apaasRooms().openRoomsOf(homeOwner).size(), "the default tenant's room of the same id goes on");
    }

    @Test
    void anAppWithNoKeyIsRefused() {
        long now = System.currentTimeMillis();
        assertEquals(401, tencent.postTrtc(1_400_000_099L, TENANT_KEY,
                roomEvent(MediaEvent.MEMBER_EXITED, "1", "u", now, 1, now)).get("statusCode"));
    }
}

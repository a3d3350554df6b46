package io.roomservice.functions.router;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.roomservice.app.App;
import io.roomservice.config.Config;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances (two Apps in one JVM, as two SCF instances would be) on one database and one
 * Redis, here the three-master Redis Cluster: what one instance changes, the other obeys at once.
 */
class TwoInstancesTest {

    private static final String APP_ID = "1400123456";
    private static final int ROOM_CAPACITY = 5;
    private static final int NEWCOMERS = 12;
    private static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

    private static RecordingHttpServer im;
    private static App first;
    private static App second;
    private static Router one;
    private static Router other;

    @BeforeAll
    static void start() {
        im = RecordingHttpServer.start();
        im.respond("/v4/group_open_http_svc/create_group", 200, "application/json", IM_OK);
        im.respond("/v4/group_open_http_svc/destroy_group", 200, "application/json", IM_OK);
        im.respond("/v4/group_open_http_svc/send_group_system_notification", 200, "application/json", IM_OK);
        Map<String, String> settings = new HashMap<>(TestApps.settingsOnCluster());
        settings.put("IM_BASE_URL", im.baseUrl());
        settings.put("IM_ADMIN_ID", "admin");
        settings.put("APAAS_ROOM_MAX_MEMBERS", Integer.toString(ROOM_CAPACITY));
        first = App.start(Config.of(settings), Clock.systemUTC());
        second = App.start(Config.of(settings), Clock.systemUTC());
        one = new Router(first);
        other = new Router(second);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        im.close();
    }

    private static ApaasCalls call(Router instance, String endpoint) {
        return new ApaasCalls(instance, "/base/v1/" + endpoint);
    }

    private static Map<String, Object> enter(Router instance, Login login, String roomId) {
        return call(instance, "rooms/enter_room").bearer(login.token(), Map.of("appId", APP_ID, "roomId", roomId));
    }

    @Test
    void aTokenLoggedOutOnOneInstanceIsRefusedByTheOther() {
        Login alice = ApaasUsers.signUp(first, "alice-" + TestApps.randomHex(4));
        Map<String, String> keepalive = Map.of("userId", alice.user().userId(), "token", alice.token());
        assertEquals(0, errorCode(call(other, "auth_users/user_keepalive").post(keepalive)), "the other instance knows the token");

        assertEquals(0, errorCode(call(one, "auth_users/user_logout").post(keepalive)));

        assertNotEquals(0, errorCode(call(other, "auth_users/user_keepalive").post(keepalive)));
    }

    @Test
    void aRoomDestroyedOnOneInstanceCannotBeEnteredOnTheOther() {
        Login owner = ApaasUsers.signUp(first, "owner-" + TestApps.randomHex(4));
        String roomId = "two-" + TestApps.randomHex(4);
        assertEquals(0, errorCode(enter(other, owner, roomId)));

        assertEquals(0, errorCode(call(one, "rooms/destroy_room").bearer(owner.token(), Map.of("roomId", roomId))));

        assertEquals(2004, errorCode(enter(other, owner, roomId)));
    }

    @Test
    void concurrentEntersOnBothInstancesNeverOverfillARoom() throws Exception {
        Login owner = ApaasUsers.signUp(first, "host-" + TestApps.randomHex(4));
        String roomId = "full-" + TestApps.randomHex(4);
        assertEquals(0, errorCode(enter(one, owner, roomId)));
        List<Login> newcomers = new ArrayList<>();
        for (int i = 0; i < NEWCOMERS; i++) {
            newcomers.add(ApaasUsers.signUp(first, "guest-" + i + "-" + TestApps.randomHex(4)));
        }

        ExecutorService threads = Executors.newFixedThreadPool(NEWCOMERS);
        int entered = 0;
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < NEWCOMERS; i++) {
                Router instance = i % 2 == 0 ? one : other;
                Login guest = newcomers.get(i);
                replies.add(threads.submit(() -> {
                    go.await();
                    return errorCode(enter(instance, guest, roomId));
                }));
            }
            go.countDown();
            for (Future<Integer> reply : replies) {
                entered += reply.get() == 0 ? 1 : 0;
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(ROOM_CAPACITY - 1, entered, "the owner holds one of the " + ROOM_CAPACITY + " places");
    }
}

package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.RoomServiceCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceAddPusherTest {

    private static App app;
    private static RoomServiceCalls addPusher;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        addPusher = new RoomServiceCalls(new RoomserviceAddPusher(app.familyServices(), app.roomService()), "add_pusher");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> add(String type, String userId, String roomId, String pushUrl) {
        return addPusher.post(type, userId, app.tokens().issue(TokenAudience.ROOMSERVICE, userId),
                Map.of("roomID", roomId, "userID", userId, "userName", "n", "userAvatar", "123", "pushURL", pushUrl));
    }

    @Test
    void aPusherJoinsWithItsOwnPushUrl() {
        String id = app.roomService().createRoom(RoomType.MULTI, "oAlice", Optional.empty(), "");
        Map<String, Object> reply = add("multi_room", "oAlice", id, app.roomService().urls().pushUrl("oAlice"));
        assertEquals(0, code(reply), reply.toString());
        assertEquals("oAlice", app.roomService().pushers(RoomType.MULTI, id).pushers().get(0).userId());
        assertEquals(0, code(add("multi_room", "oAlice", id, app.roomService().urls().pushUrl("oAlice"))), "joining again updates");
    }

    @Test
    void pushRightsCannotBeBorrowedOrForged() {
        String id = app.roomService().createRoom(RoomType.MULTI, "oAlice", Optional.empty(), "");
        String alices = app.roomService().urls().pushUrl("oAlice");
        add("multi_room", "oAlice", id, alices);
        String accelerate = app.roomService().pushers(RoomType.MULTI, id).pushers().get(0).streamId();
        String[] stolen = {
            alices,
            app.roomService().urls().accelerateUrl(accelerate),
            app.roomService().urls().accelerateUrl(accelerate).replace("play.example.com", "8888.livepush.myqcloud.com"),
            "rtmp://8888.livepush.myqcloud.com/live/8888_oMallory_abcd?bizid=8888&txSecret=00000000000000000000000000000000&txTime=FFFFFFFF",
            "rtmp://8888.livepush.myqcloud.com/live/8888_oMallory_abcd",
        };
        for (String url : stolen) {
            Map<String, Object> reply = add("multi_room", "oMallory", id, url);
            assertEquals(7, code(reply), url + " -> " + reply);
            assertTrue(reply.get("message").toString().startsWith("鉴权失败") || reply.get("message").toString().contains("pushURL"));
        }
        assertEquals(1, app.roomService().pushers(RoomType.MULTI, id).pushers().size());
    }

    @Test
    void aMissingRoomIsNotCreatedByAddPusher() {
        assertEquals(3, code(add("live_room", "oAlice", "no-such-room", app.roomService().urls().pushUrl("oAlice"))));
        assertEquals(3, code(add("live_room", "oAlice", "oAlice", app.roomService().urls().pushUrl("oAlice"))));
        assertEquals(1, code(addPusher.post("live_room", "oAlice", app.tokens().issue(TokenAudience.ROOMSERVICE, "oAlice"), Map.of("roomID", "r"))), "pushURL is required");
    }

    @Test
    void fiftyConcurrentAddPushersFillADoubleRoomWithTwo() throws Exception {
        String id = app.roomService().createRoom(RoomType.DOUBLE, "u0", Optional.empty(), "");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String user = "u" + i;
            String token = app.tokens().issue(TokenAudience.ROOMSERVICE, user);
            String url = app.roomService().urls().pushUrl(user);
            calls.add(() -> code(addPusher.post("double_room", user, token,
                    Map.of("roomID", id, "userName", user, "userAvatar", "", "pushURL", url))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        int ok = 0;
        int full = 0;
        for (Future<Integer> f : pool.invokeAll(calls)) {
            ok += f.get() == 0 ? 1 : 0;
            full += f.get() == 5001 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(2, ok);
        assertEquals(48, full);
        assertEquals(2, app.roomService().pushers(RoomType.DOUBLE, id).pushers().size());
    }
}

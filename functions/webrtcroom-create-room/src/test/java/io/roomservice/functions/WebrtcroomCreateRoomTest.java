package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.domain.room.Room;
import io.roomservice.testing.Calls;
import io.roomservice.testing.TestApps;
import io.roomservice.testing.Tickets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebrtcroomCreateRoomTest {

    private static App app;
    private static Calls create;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        create = new Calls(new WebrtcroomCreateRoom(app.familyServices(), app.trtcCredentials(), app.callRooms()), "/video/webrtcroom-create-room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> roomInfo(Map<String, Object> reply) {
        return (Map<String, Object>) data(reply).get("roomInfo");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsTheRequestedRoomWithTheCallerInsideAndSignsForIt() {
        Map<String, Object> reply = create.invoke(Map.of("roomID", "1234", "roomName", "客服 1"), "oAlice");
        assertEquals(0, code(reply), reply.toString());
        assertEquals("create success", reply.get("message"));
        Map<String, Object> room = roomInfo(reply);
        assertEquals("1234", room.get("roomID"));
        assertEquals("oAlice", room.get("creator"));
        assertEquals("客服 1", room.get("roomName"));
        assertEquals(List.of("oAlice"), room.get("members"));
        Map<String, Object> sign = (Map<String, Object>) data(reply).get("signInfo");
        assertEquals("oAlice", sign.get("userID"));
        Tickets.assertUserSig(sign.get("userSig").toString(), "oAlice");
        Tickets.assertPrivateMapKey(sign.get("privateMapKey").toString(), "oAlice", 1234L);
        assertEquals(List.of("oAlice"), app.callRooms().info("1234").orElseThrow().members());
    }

    @Test
    void withoutARoomIdAFreshRoomIsCreatedAndListed() {
        Map<String, Object> named = create.invoke(Map.of("roomName", "商品客服1"), "oBob");
        assertEquals("create success", named.get("message"), named.toString());
        assertEquals("商品客服1", roomInfo(named).get("roomName"));

        Map<String, Object> unnamed = create.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oBob"), Map.of());
        assertEquals(0, code(unnamed), unnamed.toString());
        String id = roomInfo(unnamed).get("roomID").toString();
        assertTrue(id.matches("[1-9][0-9]{7}"), id);
        assertEquals("房间 " + id, roomInfo(unnamed).get("roomName"));
        assertTrue(app.callRooms().info(id).orElseThrow().hasMember("oBob"));
        assertTrue(app.callRooms().list(0, 100).stream().anyMatch(r -> r.roomId().equals(id)));
        assertFalse(id.equals(roomInfo(named).get("roomID")));
    }

    @Test
    void anExistingRoomIdIsRefusedAndTheRoomStaysAsItWas() {
        create.invoke(Map.of("roomID", "2345"), "oCarol");
        for (String caller : List.of("oDave", "oCarol")) {
            Map<String, Object> reply = create.invoke(Map.of("roomID", "2345", "roomName", "mine now"), caller);
            assertEquals(10010, code(reply), reply.toString());
            assertEquals("the room already exists", reply.get("message"));
            assertEquals(Map.of(), data(reply));
        }
        Room room = app.callRooms().info("2345").orElseThrow();
        assertEquals(List.of("oCarol"), room.members());
        assertEquals(1, room.memberCount());
        assertEquals("房间 2345", room.name());
    }

    @Test
    void theIdOfAnEndedRoomIsFreeAgain() {
        create.invoke(Map.of("roomID", "3456"), "oErin");
        app.callRooms().quit("oErin", "3456");
        Map<String, Object> reply = create.invoke(Map.of("roomID", "3456"), "oFrank");
        assertEquals("create success", reply.get("message"), reply.toString());
        assertEquals(List.of("oFrank"), roomInfo(reply).get("members"));
    }

    @Test
    void ofSixteenConcurrentCreatesOfOneIdExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Map<String, Object>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String user = "oRacer" + i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return create.invoke(Map.of("roomID", "4567"), user);
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Map<String, Object>> f : futures) {
                Map<String, Object> reply = f.get();
                if (code(reply) == 0) {
                    won++;
                } else {
                    assertEquals(10010, code(reply), reply.toString());
                }
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
        Room room = app.callRooms().info("4567").orElseThrow();
        assertEquals(1, room.members().size());
        assertEquals(1, room.memberCount());
    }

    @Test
    void badInputIsAnsweredLikeEnterAndChangesNothing() {
        int roomsBefore = app.callRooms().list(0, 100).size();
        Object[][] cases = {
            {Map.of("roomID", Map.of("$gt", "")), 10001},
            {Map.of("roomID", List.of("1")), 10001},
            {Map.of("roomName", Map.of()), 10001},
            {Map.of("roomName", "x".repeat(65)), 10001},
            {Map.of("roomID", "5678", "roomName", "x".repeat(65)), 10001},
            {Map.of("roomID", "1".repeat(30)), 10001},
            {Map.of("roomID", "99999999999"), 10002},
            {Map.of("roomID", "4294967296"), 10002},
            {Map.of("roomID", "05678"), 10002},
            {Map.of("roomID", "0"), 10002},
            {Map.of("roomID", "-5"), 10002},
            {Map.of("roomID", "12a"), 10002},
            {Map.of("roomID", 12.5), 10002},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) c[0];
            Map<String, Object> reply = create.invoke(input, "oMallory");
            assertEquals(c[1], code(reply), input + " -> " + reply);
            assertFalse(reply.toString().contains("Exception"), reply.toString());
        }
        assertEquals(10003, code(create.invoke(Map.of("roomID", "5678", "userID", "oVictim"), null)));
        assertEquals(10003, code(create.apiGateway("forged.token.value", Map.of("roomID", "5678"))));
        assertEquals(roomsBefore, app.callRooms().list(0, 100).size());
        assertTrue(app.callRooms().info("5678").isEmpty());
    }

    @Test
    void withoutTrtcCredentialsTheAnswerIsTheSystemErrorAndNoRoomIsMade() {
        try (App broken = TestApps.start(Map.of("TRTC_SECRET_KEY", "your-trtc-secret-key"), Clock.systemUTC())) {
            Calls brokenCreate = new Calls(new WebrtcroomCreateRoom(broken.familyServices(), broken.trtcCredentials(), broken.callRooms()), "/video/webrtcroom-create-room");
            Map<String, Object> reply = brokenCreate.invoke(Map.of("roomID", "6789"), "oGina");
            assertEquals(10099, code(reply));
            assertTrue(broken.callRooms().info("6789").isEmpty());
        }
    }
}

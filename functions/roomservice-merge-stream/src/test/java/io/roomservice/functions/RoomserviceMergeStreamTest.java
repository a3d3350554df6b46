package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoomserviceMergeStreamTest {

    private static RecordingHttpServer trtc;
    private static App app;
    private static RoomServiceCalls merge;

    @BeforeAll
    static void start() {
        trtc = RecordingHttpServer.start();
        trtc.respond("/", 200, "application/json", "{\"Response\":{\"RequestId\":\"req-1\"}}");
        app = RoomServiceCalls.app(Map.of("TENCENTCLOUD_SECRETID", "AKIDtest", "TENCENTCLOUD_SECRETKEY", TestApps.randomHex(16),
                "TRTC_API_ENDPOINT", trtc.baseUrl()), Clock.systemUTC());
        merge = new RoomServiceCalls(new RoomserviceMergeStream(app), "merge_stream");
    }

    @AfterAll
    static void stop() {
        app.close();
        trtc.close();
    }

    @BeforeEach
    void forget() {
        trtc.clear();
    }

    private static String room() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addPusher(RoomType.LIVE, "oHost", id, "h", "", app.roomService().urls().pushUrl("oHost"));
        app.roomService().addPusher(RoomType.LIVE, "oGuest", id, "g", "", app.roomService().urls().pushUrl("oGuest"));
        return id;
    }

    private static String stream(String roomId, String user) {
        return app.roomService().pushers(RoomType.LIVE, roomId).pushers().stream()
                .filter(p -> p.userId().equals(user)).findFirst().orElseThrow().streamId();
    }

    /** TV-12: a 360x640 big anchor and one 120x180 small window at (240, 400), layer 2. */
    private static Map<String, Object> tv12(String big, String small) {
        return Map.of("interface", Map.of("interfaceName", "Mix_StreamV2", "para", Map.of("input_stream_list", List.of(
                Map.of("input_stream_id", big, "layout_params", Map.of("image_layer", 1, "image_width", 360, "image_height", 640)),
                Map.of("input_stream_id", small, "layout_params", Map.of("image_layer", 2, "image_width", 120, "image_height", 180,
                        "location_x", 240, "location_y", 400))))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCreatorStartsMixingThroughTheTrtcApi() {
        String id = room();
        Map<String, Object> reply = merge.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"),
                Map.of("roomID", id, "mergeParams", tv12(stream(id, "oHost"), stream(id, "oGuest"))));
        assertEquals(0, code(reply), reply.toString());
        RecordedRequest r = trtc.requests().get(0);
        assertEquals("StartMCUMixTranscodeByStrRoomId", r.header("X-TC-Action"));
        assertEquals("2019-07-22", r.header("X-TC-Version"));
        assertTrue(r.header("Authorization").startsWith("TC3-HMAC-SHA256 Credential=AKIDtest/"), r.header("Authorization"));
        Map<String, Object> body = Json.readObject(r.body());
        assertEquals(TestApps.SDK_APP_ID, ((Number) body.get("SdkAppId")).longValue());
        assertEquals(id, body.get("StrRoomId"));
        assertEquals(stream(id, "oHost"), ((Map<String, Object>) body.get("OutputParams")).get("StreamId"));
        List<Map<String, Object>> presets = (List<Map<String, Object>>) ((Map<String, Object>) body.get("LayoutParams")).get("PresetLayoutConfig");
        assertEquals("oGuest", presets.get(1).get("UserId"));
        assertEquals(240, presets.get(1).get("LocationX"));
        assertEquals(400, presets.get(1).get("LocationY"));

        String webClient = Json.write(Map.of("interface", Map.of("para", Map.of("input_stream_list", List.of(
                Map.of("input_stream_id", stream(id, "oHost"), "layout_params", Map.of("image_layer", 1)))))));
        assertEquals(0, code(merge.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"), Map.of("roomID", id, "mergeParams", webClient))));
        assertEquals("StopMCUMixTranscodeByStrRoomId", trtc.requests().get(1).header("X-TC-Action"));
    }

    @Test
    void onlyTheCreatorWithTheRoomsStreamsAndAValidLayout() {
        String id = room();
        String host = stream(id, "oHost");
        String guest = stream(id, "oGuest");
        assertEquals(3, code(merge.post("live_room", "oGuest", app.tokens().issue(TokenAudience.ROOMSERVICE, "oGuest"), Map.of("roomID", id, "mergeParams", tv12(host, guest)))));
        Object[] bad = {
            tv12(guest, host),
            tv12(host, "8888_oStranger_abcd"),
            Map.of("interface", Map.of("para", Map.of("input_stream_list", List.of(
                    Map.of("input_stream_id", host, "layout_params", Map.of("image_layer", 1)),
                    Map.of("input_stream_id", guest, "layout_params", Map.of("image_layer", 2, "image_width", 120, "image_height", 180,
                            "location_x", 300, "location_y", 400)))))),
            Map.of("interface", Map.of("para", Map.of("input_stream_list", List.of()))),
            "{not json",
            Map.of("interface", "x"),
        };
        for (Object mergeParams : bad) {
            Map<String, Object> reply = merge.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"), Map.of("roomID", id, "mergeParams", mergeParams));
            assertEquals(10, code(reply), mergeParams + " -> " + reply);
        }
        assertTrue(trtc.requests().isEmpty(), "nothing reached TRTC");
    }

    @Test
    void aTrtcErrorIsReportedWithoutCredentials() {
        String id = room();
        trtc.respond("/", 200, "application/json",
                "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.RoomNotExist\",\"Message\":\"no room\"},\"RequestId\":\"req-2\"}}");
        try {
            Map<String, Object> reply = merge.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"),
                    Map.of("roomID", id, "mergeParams", tv12(stream(id, "oHost"), stream(id, "oGuest"))));
            assertEquals(-1, code(reply));
            assertTrue(reply.get("message").toString().contains("FailedOperation.RoomNotExist"), reply.toString());
        } finally {
            trtc.respond("/", 200, "application/json", "{\"Response\":{\"RequestId\":\"req-1\"}}");
        }
    }
}

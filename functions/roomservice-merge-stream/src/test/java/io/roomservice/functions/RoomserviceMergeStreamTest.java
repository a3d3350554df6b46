package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * merge_stream mixes the live room's RTMP streams through Tencent Cloud Live
 * (CreateCommonMixStream / CancelCommonMixStream), with the layout the LiveRoom client
 * (wxlite/utils/liveroom.js createMergeInfo) builds; TRTC is never asked, since the
 * pushers are not TRTC users.
 */
class RoomserviceMergeStreamTest {

    private static final String SECRET_ID = "AKIDtest";
    private static final String SECRET_KEY = TestApps.randomHex(16);

    private static RecordingHttpServer live;
    private static RecordingHttpServer trtc;
    private static App app;
    private static RoomServiceCalls merge;

    @BeforeAll
    static void start() {
        live = RecordingHttpServer.start();
        trtc = RecordingHttpServer.start();
        ok();
        trtc.respond("/", 200, "application/json", "{\"Response\":{\"RequestId\":\"trtc\"}}");
        app = RoomServiceCalls.app(Map.of("TENCENTCLOUD_SECRETID", SECRET_ID, "TENCENTCLOUD_SECRETKEY", SECRET_KEY,
                "LIVE_API_ENDPOINT", live.baseUrl(), "TRTC_API_ENDPOINT", trtc.baseUrl()), Clock.systemUTC());
        merge = new RoomServiceCalls(new RoomserviceMergeStream(app.familyServices(), app.roomService()), "merge_stream");
    }

    private static void ok() {
        live.respond("/", 200, "application/json", "{\"Response\":{\"RequestId\":\"req-1\"}}");
    }

    @AfterAll
    static void stop() {
        app.close();
        live.close();
        trtc.close();
    }

    @BeforeEach
    void forget() {
        live.clear();
        trtc.clear();
    }

    private static String room(String... guests) {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addPusher(RoomType.LIVE, "oHost", id, "h", "", app.roomService().urls().pushUrl("oHost"));
        for (String guest : guests) {
            app.roomService().addPusher(RoomType.LIVE, guest, id, "g", "", app.roomService().urls().pushUrl(guest));
        }
        return id;
    }

    private static String stream(String roomId, String user) {
        return app.roomService().pushers(RoomType.LIVE, roomId).pushers().stream()
                .filter(p -> p.userId().equals(user)).findFirst().orElseThrow().streamId();
    }

    /**
     * The client's createMergeInfo for a 360x640 big anchor: the big anchor with image_layer 1
     * only; small anchors 120x180 at x 240, y 400 - i * 180, layers 2, 3, ...
     */
    private static String clientMergeInfo(String big, List<String> smalls) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        inputs.add(Map.of("input_stream_id", big, "layout_params", Map.of("image_layer", 1)));
        for (int i = 0; i < smalls.size(); i++) {
            inputs.add(Map.of("input_stream_id", smalls.get(i), "layout_params", Map.of("image_layer", i + 2,
                    "image_width", 120, "image_height", 180, "location_x", 240, "location_y", 400 - i * 180)));
        }
        Map<String, Object> para = new LinkedHashMap<>();
        para.put("app_id", String.valueOf(TestApps.SDK_APP_ID));
        para.put("interface", "mix_streamv2.start_mix_stream_advanced");
        para.put("mix_stream_session_id", big);
        para.put("output_stream_id", big);
        para.put("input_stream_list", inputs);
        long now = Instant.now().getEpochSecond();
        return Json.write(Map.of("timestamp", now, "eventId", now,
                "interface", Map.of("interfaceName", "Mix_StreamV2", "para", para)));
    }

    private static Map<String, Object> post(String user, String roomId, Object mergeParams) {
        return merge.post("live_room", user, app.tokens().issue(TokenAudience.ROOMSERVICE, user),
                Map.of("userID", user, "roomID", roomId, "mergeParams", mergeParams));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCreatorMixesTheRoomsLiveStreamsThroughTheLiveApi() throws Exception {
        String id = room("oGuest", "oGuest2");
        String host = stream(id, "oHost");
        String guest = stream(id, "oGuest");
        String guest2 = stream(id, "oGuest2");
        Map<String, Object> reply = post("oHost", id, clientMergeInfo(host, List.of(guest, guest2)));
        assertEquals(0, code(reply), reply.toString());
        assertEquals(0, ((Map<String, Object>) reply.get("result")).get("code"), "the client also checks result.code");

        assertEquals(1, live.requests().size());
        RecordedRequest r = live.requests().get(0);
        assertEquals("CreateCommonMixStream", r.header("X-TC-Action"));
        assertEquals("2018-08-01", r.header("X-TC-Version"));
        assertTc3Signed(r);
        Map<String, Object> body = Json.readObject(r.body());
        assertEquals(host, body.get("MixStreamSessionId"));
        assertEquals(Map.of("OutputStreamName", host, "OutputStreamType", 0), body.get("OutputParams"));
        List<Map<String, Object>> inputs = (List<Map<String, Object>>) body.get("InputStreamList");
        assertEquals(List.of(
                Map.of("InputStreamName", host, "LayoutParams", Map.of("ImageLayer", 1)),
                Map.of("InputStreamName", guest, "LayoutParams", Map.of("ImageLayer", 2,
                        "ImageWidth", 120, "ImageHeight", 180, "LocationX", 240, "LocationY", 400)),
                Map.of("InputStreamName", guest2, "LayoutParams", Map.of("ImageLayer", 3,
                        "ImageWidth", 120, "ImageHeight", 180, "LocationX", 240, "LocationY", 220))), inputs);
        assertTrue(trtc.requests().isEmpty(), "the pushers push RTMP, they are no TRTC users: TRTC's MCU is not asked");
    }

    @Test
    void aStatedBigAnchorSizeIsPassedOn() {
        String id = room("oGuest");
        String webClient = Json.write(Map.of("interface", Map.of("para", Map.of("input_stream_list", List.of(
                Map.of("input_stream_id", stream(id, "oHost"), "layout_params", Map.of("image_layer", 1, "image_width", 540, "image_height", 960)),
                Map.of("input_stream_id", stream(id, "oGuest"), "layout_params", Map.of("image_layer", 2, "image_width", 160, "image_height", 240,
                        "location_x", 380, "location_y", 630)))))));
        assertEquals(0, code(post("oHost", id, webClient)));
        Map<String, Object> body = Json.readObject(live.requests().get(0).body());
        assertEquals(Map.of("ImageLayer", 1, "ImageWidth", 540, "ImageHeight", 960, "LocationX", 0, "LocationY", 0),
                ((Map<?, ?>) ((List<?>) body.get("InputStreamList")).get(0)).get("LayoutParams"));
    }

    /** The client sends the big anchor alone when the last small anchor left: mixing stops. */
    @Test
    void theBigAnchorAloneCancelsTheMix() throws Exception {
        String id = room("oGuest");
        String host = stream(id, "oHost");
        assertEquals(0, code(post("oHost", id, clientMergeInfo(host, List.of()))));
        RecordedRequest r = live.requests().get(0);
        assertEquals("CancelCommonMixStream", r.header("X-TC-Action"));
        assertTc3Signed(r);
        assertEquals(Map.of("MixStreamSessionId", host), Json.readObject(r.body()));
        assertTrue(trtc.requests().isEmpty());
    }

    @Test
    void onlyTheCreatorWithTheRoomsStreamsAndAValidLayout() {
        String id = room("oGuest");
        String host = stream(id, "oHost");
        String guest = stream(id, "oGuest");
        assertEquals(3, code(post("oGuest", id, clientMergeInfo(host, List.of(guest)))));
        Object[] bad = {
            clientMergeInfo(guest, List.of(host)),
            clientMergeInfo(host, List.of("8888_oStranger_abcd")),
            Map.of("interface", Map.of("para", Map.of("input_stream_list", List.of(
                    Map.of("input_stream_id", host, "layout_params", Map.of("image_layer", 1)),
                    Map.of("input_stream_id", guest, "layout_params", Map.of("image_layer", 2, "image_width", 120, "image_height", 180,
                            "location_x", 300, "location_y", 400)))))),
            Map.of("interface", Map.of("para", Map.of("input_stream_list", List.of()))),
            "{not json",
            Map.of("interface", "x"),
        };
        for (Object mergeParams : bad) {
            Map<String, Object> reply = post("oHost", id, mergeParams);
            assertEquals(10, code(reply), mergeParams + " -> " + reply);
        }
        assertTrue(live.requests().isEmpty(), "nothing reached the live API");
    }

    @Test
    void aLiveApiErrorIsReportedWithoutCredentials() {
        String id = room("oGuest");
        live.respond("/", 200, "application/json",
                "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter.OtherError\",\"Message\":\"stream not pushing\"},\"RequestId\":\"req-2\"}}");
        try {
            Map<String, Object> reply = post("oHost", id, clientMergeInfo(stream(id, "oHost"), List.of(stream(id, "oGuest"))));
            assertEquals(-1, code(reply));
            String message = reply.get("message").toString();
            assertTrue(message.contains("InvalidParameter.OtherError"), message);
            assertFalse(message.contains(SECRET_KEY) || message.contains(SECRET_ID), message);
        } finally {
            ok();
        }
    }

    @Test
    void aSlowLiveApiTimesOutAfterItsOwnTimeout() {
        try (RecordingHttpServer slow = RecordingHttpServer.start();
                App timed = RoomServiceCalls.app(Map.of("TENCENTCLOUD_SECRETID", SECRET_ID, "TENCENTCLOUD_SECRETKEY", SECRET_KEY,
                        "LIVE_API_ENDPOINT", slow.baseUrl(), "LIVE_API_TIMEOUT_SECONDS", "1"), Clock.systemUTC())) {
            slow.delayResponses(java.time.Duration.ofSeconds(3));
            slow.respond("/", 200, "application/json", "{\"Response\":{\"RequestId\":\"late\"}}");
            String id = timed.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
            timed.roomService().addPusher(RoomType.LIVE, "oHost", id, "h", "", timed.roomService().urls().pushUrl("oHost"));
            timed.roomService().addPusher(RoomType.LIVE, "oGuest", id, "g", "", timed.roomService().urls().pushUrl("oGuest"));
            RoomServiceCalls timedMerge = new RoomServiceCalls(new RoomserviceMergeStream(timed.familyServices(), timed.roomService()),
                    "merge_stream");
            String host = timed.roomService().pushers(RoomType.LIVE, id).pushers().stream()
                    .filter(p -> p.userId().equals("oHost")).findFirst().orElseThrow().streamId();
            String guest = timed.roomService().pushers(RoomType.LIVE, id).pushers().stream()
                    .filter(p -> p.userId().equals("oGuest")).findFirst().orElseThrow().streamId();
            long t0 = System.nanoTime();
            Map<String, Object> reply = timedMerge.post("live_room", "oHost", timed.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"),
                    Map.of("roomID", id, "mergeParams", clientMergeInfo(host, List.of(guest))));
            assertEquals(-1, code(reply), reply.toString());
            assertTrue(System.nanoTime() - t0 < 2_900_000_000L, "LIVE_API_TIMEOUT_SECONDS bounds the wait");
        }
    }

    /**
     * Recomputes the TC3-HMAC-SHA256 Authorization with the known secret key. The signed
     * service is the endpoint host's first label, as Tencent Cloud derives it: "live" for the
     * default live.tencentcloudapi.com, "127" for this loopback fake.
     */
    private static void assertTc3Signed(RecordedRequest r) throws Exception {
        assertEquals("live", SettingsCatalogue.DEFAULT_LIVE_API_ENDPOINT.split("\\.")[0]);
        String service = r.header("Host").split("[.:]")[0];
        String timestamp = r.header("X-TC-Timestamp");
        String date = Instant.ofEpochSecond(Long.parseLong(timestamp)).atZone(ZoneOffset.UTC).toLocalDate().toString();
        String scope = date + "/" + service + "/tc3_request";
        String canonical = "POST\n/\n\ncontent-type:" + r.header("Content-Type") + "\nhost:" + r.header("Host") + "\n\n"
                + "content-type;host\n" + sha256Hex(r.body());
        String toSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + sha256Hex(canonical);
        byte[] key = hmac(("TC3" + SECRET_KEY).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, service);
        key = hmac(key, "tc3_request");
        String signature = HexFormat.of().formatHex(hmac(key, toSign));
        assertEquals("TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/" + scope + ", SignedHeaders=content-type;host, Signature=" + signature,
                r.header("Authorization"));
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}

package io.roomservice.infra.im;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.config.ImSettings;
import io.roomservice.config.Settings;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.runtime.Json;
import io.roomservice.testing.TestApps;
import io.roomservice.testing.Tickets;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImClientTest {

    private static final String CREATE = "/v4/group_open_http_svc/create_group";

    private RecordingHttpServer im;
    private ImClient client;

    @BeforeEach
    void start() {
        im = RecordingHttpServer.start();
        im.respond(CREATE, 200, "application/json", "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"GroupId\":\"room_1a2b3c4d_5e6f\"}");
        im.respond("/v4/group_open_http_svc/send_group_system_notification", 200, "application/json", "{\"ActionStatus\":\"OK\",\"ErrorCode\":0}");
        client = client(Map.of());
    }

    @AfterEach
    void stop() {
        im.close();
    }

    private ImClient client(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(TestApps.settings());
        s.put("IM_BASE_URL", im.baseUrl());
        s.put("IM_ADMIN_ID", "admin");
        s.putAll(extra);
        ImSettings settings = ImSettings.from(Settings.load(Config.of(s))).orElseThrow();
        TlsSigner signer = new TlsSigner(TestApps.SDK_APP_ID, TestApps.TRTC_KEY);
        return new ImClient(settings, () -> signer, Clock.systemUTC());
    }

    @Test
    void createGroupSendsTheDocumentedRequestAsTheAdmin() {
        client.createGroup("room_1a2b3c4d_5e6f", "AVChatRoom", "group_name");
        RecordedRequest r = im.requests(CREATE).get(0);
        assertEquals("POST", r.method());
        assertEquals(String.valueOf(TestApps.SDK_APP_ID), r.query().get("sdkappid"));
        assertEquals("admin", r.query().get("identifier"));
        assertEquals("json", r.query().get("contenttype"));
        long random = Long.parseLong(r.query().get("random"));
        assertTrue(random >= 0 && random <= 0xFFFF_FFFFL, "random must be a uint32: " + random);
        Tickets.assertUserSig(r.query().get("usersig"), "admin");
        assertEquals(Map.of("Owner_Account", "admin", "Type", "AVChatRoom", "GroupId", "room_1a2b3c4d_5e6f", "Name", "group_name"),
                Json.readObject(r.body()));
        assertTrue(r.header("Content-Type").startsWith("application/json"));
    }

    @Test
    void theAdminSignatureIsReusedAcrossCalls() {
        client.createGroup("a", "AVChatRoom", "a");
        client.sendGroupSystemNotification("a", "{\"cmd\":\"notifyPusherChange\",\"data\":\"\"}");
        assertEquals(im.requests().get(0).query().get("usersig"), im.requests().get(1).query().get("usersig"));
        assertEquals(Map.of("GroupId", "a", "Content", "{\"cmd\":\"notifyPusherChange\",\"data\":\"\"}"),
                Json.readObject(im.requests().get(1).body()));
    }

    @Test
    void anExistingGroupIdCountsAsCreatedAndAMissingGroupAsDestroyed() {
        for (int code : new int[] {10021, 10025}) {
            im.respond(CREATE, 200, "application/json", "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + code + ",\"ErrorInfo\":\"group id used\"}");
            client.createGroup("room_x", "AVChatRoom", "room_x");
        }
        im.respond("/v4/group_open_http_svc/destroy_group", 200, "application/json", "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10010,\"ErrorInfo\":\"gone\"}");
        client.destroyGroup("room_x");
    }

    @Test
    void anyOtherErrorCodeIsAFailureThatNeverQuotesTheSignature() {
        im.respond(CREATE, 200, "application/json", "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10004,\"ErrorInfo\":\"bad params\"}");
        ImException e = assertThrows(ImException.class, () -> client.createGroup("room_x", "AVChatRoom", "room_x"));
        assertEquals(10004, e.errorCode());
        assertFalse(e.getMessage().contains(im.requests().get(0).query().get("usersig")));
        im.respond(CREATE, 500, "text/plain", "oops");
        assertEquals(-1, assertThrows(ImException.class, () -> client.createGroup("room_x", "AVChatRoom", "room_x")).errorCode());
        im.respond(CREATE, 200, "application/json", "{\"ActionStatus\":\"OK\"}");
        assertThrows(ImException.class, () -> client.createGroup("room_x", "AVChatRoom", "room_x"));
    }

    @Test
    void aSlowServiceTimesOut() {
        ImClient impatient = client(Map.of("IM_TIMEOUT_MILLIS", "200"));
        im.delayResponses(Duration.ofSeconds(2));
        long t0 = System.nanoTime();
        assertThrows(ImException.class, () -> impatient.destroyGroup("room_x"));
        assertTrue(System.nanoTime() - t0 < 1_500_000_000L, "the timeout was not applied");
    }

    @Test
    void anUnreachableOrSlowServiceIsDescribedWithoutJavaClassNames() {
        Map<String, String> closedPort = new HashMap<>();
        closedPort.put("IM_BASE_URL", "http://127.0.0.1:1");
        ImException refused = assertThrows(ImException.class, () -> client(closedPort).createGroup("room_x", "AVChatRoom", "room_x"));
        assertEquals("IM group_open_http_svc/create_group failed: IM could not be reached", refused.getMessage());
        ImClient impatient = client(Map.of("IM_TIMEOUT_MILLIS", "200"));
        im.delayResponses(Duration.ofSeconds(2));
        ImException slow = assertThrows(ImException.class, () -> impatient.createGroup("room_x", "AVChatRoom", "room_x"));
        assertEquals("IM group_open_http_svc/create_group failed: IM did not answer in time", slow.getMessage());
    }
}

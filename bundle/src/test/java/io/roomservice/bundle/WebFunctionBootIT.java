package io.roomservice.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.config.Config;
import io.roomservice.infra.sign.Digests;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testkit.TestInfra;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built zip, unpacked and started through its own scf_bootstrap as SCF would start the
 * web function, driven over HTTP by each client family against a fresh test database.
 */
class WebFunctionBootIT {

    private static final long SDK_APP_ID = 1_400_123_456L;
    private static final String TRTC_KEY = randomHex(32);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Path packageRoot;
    private static Map<String, String> settings;
    private static RunningPackage web;

    @BeforeAll
    static void start() throws Exception {
        packageRoot = CodePackage.unpack(Files.createTempDirectory("scf-package").resolve("code"));
        settings = new HashMap<>(TestInfra.freshDatabaseSettings());
        settings.put("TOKEN_SECRET", randomHex(32));
        settings.put("APAAS_SALT_KEY", randomHex(32));
        settings.put("TRTC_SDK_APP_ID", Long.toString(SDK_APP_ID));
        settings.put("TRTC_SECRET_KEY", TRTC_KEY);
        settings.put("LIVE_BIZID", "8888");
        settings.put("LIVE_PUSH_DOMAIN", "push.test.local");
        settings.put("LIVE_PLAY_DOMAIN", "play.test.local");
        settings.put("LIVE_PUSH_KEY", randomHex(16));
        settings.put("LIVE_PLAY_KEY", randomHex(16));
        web = RunningPackage.start(packageRoot, settings).awaitAnswering(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        if (web != null) {
            web.close();
        }
        try (var files = Files.walk(packageRoot.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anApaasUserRegistersLogsInAndUsesARoom() throws Exception {
        String token = apaasLogin("web-it-" + randomHex(4));
        String roomId = "web-it-" + randomHex(4);
        Map<String, Object> entered = post("/base/v1/rooms/enter_room", token, Map.of("appId", Long.toString(SDK_APP_ID), "roomId", roomId));
        assertEquals(0, entered.get("errorCode"), entered.toString());
        Map<String, Object> detail = post("/base/v1/rooms/room_detail", token, Map.of("roomId", roomId));
        assertEquals(0, detail.get("errorCode"), detail.toString());
        assertEquals(roomId, data(detail).get("roomId"), detail.toString());
        Map<String, Object> left = post("/base/v1/rooms/leave_room", token, Map.of("roomId", roomId));
        assertEquals(0, left.get("errorCode"), left.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anRtcRoomClientLogsInWithAUserSigAndPushes() throws Exception {
        String userId = "user_" + randomHex(4) + "_" + randomHex(2);
        String userSig = new TlsSigner(SDK_APP_ID, TRTC_KEY).userSig(userId, 3600);
        Map<String, Object> login = post("/weapp/multi_room/login?sdkAppID=" + SDK_APP_ID + "&accountType=0&userID=" + userId
                + "&userSig=" + userSig, null, Map.of());
        assertEquals(0, login.get("code"), login.toString());
        String session = "?userID=" + userId + "&token=" + login.get("token");
        Map<String, Object> created = post("/weapp/multi_room/create_room" + session, null, Map.of("roomInfo", "{}"));
        assertEquals(0, created.get("code"), created.toString());
        String roomId = (String) created.get("roomID");
        String pushUrl = (String) post("/weapp/multi_room/get_push_url" + session, null, Map.of()).get("pushURL");
        Map<String, Object> added = post("/weapp/multi_room/add_pusher" + session, null,
                Map.of("roomID", roomId, "userName", "u", "userAvatar", "1", "pushURL", pushUrl));
        assertEquals(0, added.get("code"), added.toString());
        // A room is listed once someone pushes in it.
        Map<String, Object> list = post("/weapp/multi_room/get_room_list" + session, null, Map.of());
        assertEquals(0, list.get("code"), list.toString());
        assertTrue(((List<Map<String, Object>>) list.get("rooms")).stream().anyMatch(r -> roomId.equals(r.get("roomID"))), list.toString());
        Map<String, Object> deleted = post("/weapp/multi_room/delete_pusher" + session, null, Map.of("roomID", roomId));
        assertEquals(0, deleted.get("code"), deleted.toString());
    }

    @Test
    void aVideoCallOverHttpWithABearerToken() throws Exception {
        String roomId = Long.toString(100_000 + new SecureRandom().nextInt(800_000));
        String token;
        // A video token is what wechat-login hands out: minted here with the deployment's key.
        try (App sameDeployment = App.start(Config.of(settings), Clock.systemUTC())) {
            token = sameDeployment.tokens().issue(TokenAudience.VIDEO, "oWebVideo");
        }
        Map<String, Object> entered = post("/video/webrtcroom-enter-room", token, Map.of("roomID", roomId));
        assertEquals(0, entered.get("code"), entered.toString());
        assertEquals(10003, post("/video/webrtcroom-enter-room", null, Map.of("roomID", roomId)).get("code"), "no token, no entry");
        String apaasToken = apaasLogin("web-video-" + randomHex(4));
        assertEquals(10003, post("/video/webrtcroom-enter-room", apaasToken, Map.of("roomID", roomId)).get("code"),
                "an aPaaS token is no video identity");
    }

    /** The script a user runs after deploying passes against the production entry (and fails on the gateway's conveniences). */
    @Test
    void theSmokeScriptPassesAgainstThePackage() throws Exception {
        Path script = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("deploy").resolve("smoke.sh");
        Process smoke = new ProcessBuilder("bash", script.toString(), web.uri("").toString())
                .redirectErrorStream(true).start();
        String output = new String(smoke.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(smoke.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, smoke.exitValue(), output);
        assertTrue(output.contains(" 0 failed") && !output.contains("FAIL "), output);
        assertTrue(output.lines().filter(l -> l.startsWith("PASS ")).count() >= 18, output);
    }

    @Test
    void theLocalConveniencesAreNotServed() throws Exception {
        HttpResponse<String> invoke = send("/_invoke/webrtcroom-enter-room", null,
                "{\"roomID\":\"1\",\"userInfo\":{\"openId\":\"oForged\"}}");
        assertEquals(404, invoke.statusCode(), invoke.body());
        HttpResponse<String> devToken = send("/_dev/token", null, "{\"userId\":\"oForged\"}");
        assertEquals(404, devToken.statusCode(), devToken.body());
        assertFalse(devToken.body().contains("\"token\":"), devToken.body());
    }

    @Test
    void sixteenConcurrentRequestsAllAnswer() throws Exception {
        String token = apaasLogin("web-many-" + randomHex(4));
        String userId = (String) data(post("/base/v1/auth_users/user_query", token, Map.of())).get("userId");
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(HTTP.sendAsync(request("/base/v1/auth_users/user_query", token, Json.write(Map.of("userId", userId))),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> r = answer.get(30, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(0, Json.readObject(r.body()).get("errorCode"), r.body());
        }
    }

    @Test
    void aMissingSettingStopsTheStartWithTheConfigurationMessage() throws Exception {
        Map<String, String> withoutDatabase = new HashMap<>(settings);
        withoutDatabase.remove("DB_URL");
        try (RunningPackage broken = RunningPackage.start(packageRoot, withoutDatabase)) {
            int status = broken.awaitExit(Duration.ofSeconds(60));
            String output = broken.output();
            assertNotEquals(0, status, output);
            assertTrue(output.contains("DB_URL"), output);
            assertFalse(output.contains("Exception") || output.contains("\tat "), "no stack trace: " + output);
            assertFalse(output.contains(settings.get("TOKEN_SECRET")), "no secrets: " + output);
        }
    }

    @Test
    void sigtermStopsItCleanly() throws Exception {
        try (RunningPackage second = RunningPackage.start(packageRoot, settings)) {
            second.awaitAnswering(Duration.ofSeconds(60));
            assertTrue(second.output().contains("listening on 0.0.0.0:"), second.output());
            assertEquals(143, second.stop(), "exit status of a JVM that ran its shutdown hooks on SIGTERM: " + second.output());
            assertTrue(second.output().contains("web function stopped"), second.output());
        }
    }

    /**
     * CDS_ARCHIVE_DIR (on SCF a CFS mount the instances share): the first start records the
     * classes it loads and dumps a class-data archive with its own JVM; the next start maps that
     * archive and serves as before; an archive it cannot use is passed over. Without the setting
     * nothing is made or used.
     */
    @Test
    void aClassDataArchiveIsMadeByTheFirstStartAndMappedByTheNext(@TempDir Path archives) throws Exception {
        Map<String, String> withArchives = new HashMap<>(settings);
        withArchives.put("CDS_ARCHIVE_DIR", archives.toString());
        withArchives.put("CDS_DUMP_AFTER_SECONDS", "1");
        Path archive;
        try (RunningPackage first = RunningPackage.start(packageRoot, withArchives)) {
            first.awaitAnswering(Duration.ofSeconds(60));
            assertEquals(0, register(first, "cds-first"));
            archive = awaitArchive(archives, Duration.ofSeconds(90));
            first.stop();
        }
        try (RunningPackage second = RunningPackage.start(packageRoot, withArchives)) {
            second.awaitAnswering(Duration.ofSeconds(60));
            assertTrue(Files.readString(Path.of("/proc", Long.toString(second.pid()), "maps")).contains(archive.toString()),
                    "the second start maps " + archive + ":\n" + second.output());
            assertEquals(0, register(second, "cds-second"));
        }
        // An archive this JVM cannot use (another JVM's, a torn copy) is passed over, never an error.
        Files.delete(archive);
        Files.write(archive, new SecureRandom().generateSeed(4096));
        try (RunningPackage third = RunningPackage.start(packageRoot, withArchives)) {
            third.awaitAnswering(Duration.ofSeconds(60));
            assertEquals(0, register(third, "cds-third"));
        }
        assertFalse(web.output().contains("SharedArchiveFile") || web.output().contains("DumpLoadedClassList"),
                "without CDS_ARCHIVE_DIR no archive is made or used");
    }

    private static Path awaitArchive(Path dir, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(dir)) {
                var archive = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).findFirst();
                if (archive.isPresent()) {
                    return archive.get();
                }
            }
            Thread.sleep(200);
        }
        try (var files = Files.list(dir)) {
            StringBuilder logs = new StringBuilder();
            for (Path f : (Iterable<Path>) files::iterator) {
                logs.append(f.getFileName()).append(f.toString().endsWith(".log") ? ":\n" + Files.readString(f) : "").append('\n');
            }
            throw new AssertionError("no archive within " + timeout + " in " + dir + ":\n" + logs);
        }
    }

    /** Registers an aPaaS user on that instance (a database write); the answer's errorCode. */
    private static Object register(RunningPackage instance, String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(instance.uri("/base/v1/oauth/register"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("username", username + "-" + randomHex(4),
                        "salt", randomHex(16)))))
                .build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.readObject(r.body()).get("errorCode");
    }

    private static String apaasLogin(String username) throws Exception {
        String salt = randomHex(16);
        Map<String, Object> registered = post("/base/v1/oauth/register", null, Map.of("username", username, "salt", salt));
        assertEquals(0, registered.get("errorCode"), registered.toString());
        // The original client's signature with no tag, ts or nonce: md5("username----salt").
        String signature = Digests.lowerHex(Digests.md5((username + "----" + salt).getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> login = post("/base/v1/oauth/signature", null, Map.of("username", username, "signature", signature));
        assertEquals(0, login.get("errorCode"), login.toString());
        return (String) data(login).get("token");
    }

    private static Map<String, Object> post(String pathAndQuery, String token, Map<String, ?> body) throws Exception {
        HttpResponse<String> r = send(pathAndQuery, token, Json.write(body));
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
        return Json.readObject(r.body());
    }

    private static HttpResponse<String> send(String pathAndQuery, String token, String body) throws Exception {
        return HTTP.send(request(pathAndQuery, token, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String pathAndQuery, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(web.uri(pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("data");
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}

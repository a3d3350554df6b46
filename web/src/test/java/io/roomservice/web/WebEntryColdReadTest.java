package io.roomservice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.config.Config;
import io.roomservice.domain.user.Login;
import io.roomservice.runtime.Json;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TestApps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The web function in a fresh JVM, started as scf_bootstrap starts it, answering an aPaaS user's
 * first enter_room and user_query: the token, the body and the query are read without building
 * Jackson's ObjectMapper (some 400 classes on every cold start of the web function).
 */
class WebEntryColdReadTest {

    private static final long START_TIMEOUT_MILLIS = 60_000;

    @Test
    void firstApaasRequestsAreReadAndAnsweredWithoutBuildingTheMapper() throws Exception {
        Map<String, String> settings = TestApps.settings();
        Login alice;
        // Migrates the fresh database and registers the caller, as earlier deploys and requests would have.
        try (App app = App.start(Config.of(settings), Clock.systemUTC())) {
            alice = ApaasUsers.signUp(app, "cold-alice");
        }
        int port = freePort();
        Path classLog = Files.createTempFile("web-entry-classes", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), WebFunction.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(settings);
        pb.environment().put("WEB_PORT", Integer.toString(port));
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process web = pb.start();
        try {
            String entered = postWhenListening(port, "/base/v1/rooms/enter_room", alice.token(),
                    "{\"appId\":\"" + TestApps.SDK_APP_ID + "\",\"roomId\":\"cold-1\",\"title\":\"Cold\"}");
            assertEquals(0, Json.readObject(entered).get("errorCode"), entered);
            String queried = post(port, "/base/v1/auth_users/user_query?userId=" + alice.user().userId(), alice.token(), "");
            assertEquals(0, Json.readObject(queried).get("errorCode"), queried);
        } finally {
            web.destroy();
            assertTrue(web.waitFor(30, TimeUnit.SECONDS), "the web function did not stop");
        }
        String classes = Files.readString(classLog);
        Files.delete(classLog);
        assertTrue(classes.contains("io.roomservice.web.WebFunction "), "no class log");
        assertFalse(classes.contains("com.fasterxml.jackson.databind.ObjectMapper "), "the mapper was built");
    }

    private static String postWhenListening(int port, String path, String token, String body) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            try {
                return post(port, path, token, body);
            } catch (IOException notListeningYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw notListeningYet;
                }
                Thread.sleep(20);
            }
        }
    }

    /** One POST on a connection of its own ("Connection: close"): the answer's body. */
    private static String post(int port, String path, String token, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Length: " + content.length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String answer = readAll(socket.getInputStream());
            return answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

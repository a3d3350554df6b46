package io.roomservice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.HttpFrontSettings;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The serving itself, with a function that needs no database: what reaches it, and how many at once. */
class HttpFrontTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpRequest post(int port, String pathAndQuery, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("X-Scf-Request-Id", "scf-req-1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void theFunctionGetsTheRequestAsSCFWouldDeliverIt() throws Exception {
        ScfFunction echo = new ScfFunction() {
            @Override
            public Response serve(Request r) {
                return Response.json(201, Map.of("kind", r.kind().name(), "method", r.method(), "path", r.path(),
                        "q", r.query().get("q"), "requestId", r.requestId(), "body", r.body()));
            }
        };
        try (HttpFront front = new HttpFront(echo, "127.0.0.1", 0, 2)) {
            front.start();
            HttpResponse<String> r = HTTP.send(post(front.port(), "/base/v1/x?q=a%20b", "{\"a\":1}"), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(Map.of("kind", "HTTP", "method", "POST", "path", "/base/v1/x", "q", "a b",
                    "requestId", "scf-req-1", "body", "{\"a\":1}"), Json.readObject(r.body()));
        }
    }

    /** Behind a Function URL the peer is Tencent's proxy: the web function keys its per-address limits on SCF's header. */
    @Test
    void theClientAddressIsThePlatformHeaderBehindSCFAndThePeerLocally() throws Exception {
        ScfFunction address = new ScfFunction() {
            @Override
            public Response serve(Request r) {
                return Response.json(200, Map.of("ip", r.sourceIp().orElse("")));
            }
        };
        for (ClientAddress source : ClientAddress.values()) {
            try (HttpFront front = new HttpFront(address, "127.0.0.1", 0, 2, HttpFrontSettings.defaults(), source)) {
                front.start();
                HttpRequest behindProxy = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/x"))
                        .header("x-scf-remote-addr", "203.0.113.7").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                HttpRequest direct = post(front.port(), "/x", "{}");
                String expected = source == ClientAddress.PLATFORM_HEADER ? "203.0.113.7" : "127.0.0.1";
                assertEquals(expected, Json.readObject(HTTP.send(behindProxy, HttpResponse.BodyHandlers.ofString()).body()).get("ip"),
                        source.name());
                assertEquals("127.0.0.1", Json.readObject(HTTP.send(direct, HttpResponse.BodyHandlers.ofString()).body()).get("ip"),
                        source.name() + " without the header");
            }
        }
    }

    @Test
    void requestsAreServedConcurrently() throws Exception {
        int clients = 16;
        CountDownLatch allInside = new CountDownLatch(clients);
        ScfFunction waitsForAll = new ScfFunction() {
            @Override
            public Response serve(Request r) {
                allInside.countDown();
                try {
                    return Response.json(200, Map.of("together", allInside.await(10, TimeUnit.SECONDS)));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try (HttpFront front = new HttpFront(waitsForAll, "127.0.0.1", 0, clients)) {
            front.start();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(HTTP.sendAsync(post(front.port(), "/any", "{}"), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertEquals("{\"together\":true}", answer.get(20, TimeUnit.SECONDS).body());
            }
        }
    }

    /** A function that counts what reaches it. */
    private static final class Counting extends ScfFunction {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Response serve(Request r) {
            calls.incrementAndGet();
            return Response.json(200, Map.of("code", 0));
        }
    }

    @Test
    void onlyGetAndPostActOptionsAnswersAPreflightAndTheRestIs405() throws Exception {
        Counting counting = new Counting();
        try (HttpFront front = new HttpFront(counting, "127.0.0.1", 0, 2)) {
            front.start();
            for (String method : List.of("PUT", "DELETE", "PATCH", "HEAD", "TRACE", "FOO")) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/any"))
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(405, r.statusCode(), method);
                assertEquals("GET, POST, OPTIONS", r.headers().firstValue("Allow").orElse(""), method);
            }
            HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/any"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://web.example")
                    .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, preflight.statusCode());
            assertEquals(0, counting.calls.get(), "no method but GET and POST reaches the function");
            assertEquals(200, HTTP.send(post(front.port(), "/any", "{}"), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(1, counting.calls.get());
        }
    }

    /** What a browser or client library would never send, but a hand-made request can: the front still answers in JSON. */
    @Test
    void aMalformedRequestTargetIsAParameterErrorInJsonAndTheConnectionGoesOn() throws Exception {
        Counting counting = new Counting();
        try (HttpFront front = new HttpFront(counting, "127.0.0.1", 0, 2);
             Socket socket = new Socket("127.0.0.1", front.port())) {
            front.start();
            socket.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String target : List.of("/video/webrtcroom-get-room-info?roomID=%zz", "/x?roomID=%", "/x?roomID=%2", "/x?a b",
                    "/x?a=<b>", "/x y")) {
                socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                String[] answer = readAnswer(in);
                assertEquals("200", answer[0], target + " -> " + answer[2]);
                assertTrue(answer[1].startsWith("application/json"), target + " -> " + answer[1]);
                Json.readObject(answer[2]);
                assertFalse(answer[2].contains("Exception"), answer[2]);
            }
            assertEquals(0, counting.calls.get(), "a malformed request reaches no function");
            socket.getOutputStream().write("GET /x?a=%20 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("200", readAnswer(in)[0]);
            assertEquals(1, counting.calls.get(), "the connection still serves");
        }
    }

    /** Status, Content-Type and body of one answer with a Content-Length. */
    private static String[] readAnswer(BufferedReader in) throws IOException {
        String status = in.readLine().split(" ")[1];
        String type = "";
        int length = 0;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            } else if (lower.startsWith("content-type:")) {
                type = line.substring(13).trim();
            }
        }
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
            read += in.read(body, read, length - read);
        }
        return new String[] {status, type, new String(body)};
    }

    @Test
    void aBodyOverTheCapIs413AndIsNotRead() throws Exception {
        Counting counting = new Counting();
        try (HttpFront front = new HttpFront(counting, "127.0.0.1", 0, 2, HttpFrontSettings.defaults().withMaxBodyBytes(4096),
                ClientAddress.PEER)) {
            front.start();
            String big = "{\"a\":\"" + "x".repeat(20_000) + "\"}";
            HttpResponse<String> declared = HTTP.send(post(front.port(), "/video/webrtcroom-enter-room", big),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, declared.statusCode());
            HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/any"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode());
            assertEquals(0, counting.calls.get());
            assertEquals(200, HTTP.send(post(front.port(), "/any", "{\"a\":\"" + "x".repeat(4000) + "\"}"),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void clientsSlowToSendTheirHeadersDoNotStallOthers() throws Exception {
        Counting counting = new Counting();
        List<Socket> slow = new ArrayList<>();
        try (HttpFront front = new HttpFront(counting, "127.0.0.1", 0, 2)) {
            front.start();
            for (int i = 0; i < 40; i++) {
                Socket s = new Socket("127.0.0.1", front.port());
                s.getOutputStream().write("POST /any HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(300);
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.sendAsync(post(front.port(), "/any", "{}"), HttpResponse.BodyHandlers.ofString())
                    .get(5, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            assertTrue(System.nanoTime() - t0 < 3_000_000_000L, "a normal request waited behind slow clients");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }
}

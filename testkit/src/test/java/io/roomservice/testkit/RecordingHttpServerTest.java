package io.roomservice.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordingHttpServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final RecordingHttpServer server = RecordingHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void recordsTheRequestAndServesTheProgrammedReply() throws Exception {
        server.respond("/v4/group_open_http_svc/create_group", 200, "application/json",
                "{\"ActionStatus\":\"OK\",\"ErrorCode\":0}");

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/v4/group_open_http_svc/create_group?sdkappid=1400000000&identifier=admin&random=7&name=a%20b"))
                .header("Content-Type", "application/json")
                .header("X-Trace", "abc")
                .POST(HttpRequest.BodyPublishers.ofString("{\"GroupId\":\"房间1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals("{\"ActionStatus\":\"OK\",\"ErrorCode\":0}", response.body());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));

        List<RecordedRequest> requests = server.requests("/v4/group_open_http_svc/create_group");
        assertEquals(1, requests.size());
        RecordedRequest request = requests.get(0);
        assertEquals("POST", request.method());
        assertEquals("sdkappid=1400000000&identifier=admin&random=7&name=a%20b", request.rawQuery());
        assertEquals(Map.of("sdkappid", "1400000000", "identifier", "admin", "random", "7", "name", "a b"),
                request.query());
        assertEquals("abc", request.header("x-trace"));
        assertEquals("application/json", request.header("CONTENT-TYPE"));
        assertEquals("{\"GroupId\":\"房间1\"}", request.body());
    }

    @Test
    void answersUnprogrammedPathsWithEmptyJsonAndComputedRepliesPerRequest() throws Exception {
        server.respondWith("/echo", request -> Reply.json("{\"got\":\"" + request.query().get("v") + "\"}"));

        assertEquals("{}", get("/anything").body());
        assertEquals("{\"got\":\"42\"}", get("/echo?v=42").body());
        assertEquals(2, server.requests().size());

        server.clear();
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void delayedRepliesLetClientsTimeOut() {
        server.delayResponses(Duration.ofMillis(500));

        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/slow"))
                .timeout(Duration.ofMillis(100)).build();

        assertThrows(HttpTimeoutException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
        assertEquals(1, server.requests("/slow").size());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

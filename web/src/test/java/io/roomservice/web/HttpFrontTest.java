package io.roomservice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.runtime.Json;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
}

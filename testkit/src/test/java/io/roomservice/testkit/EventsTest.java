package io.roomservice.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void apiGatewayEventHasTheDocumentedShape() {
        Map<String, Object> event = Events.apiGateway("POST", "/rooms", Map.of("a", "1"),
                Map.of("Content-Type", "application/json"), "{\"x\":1}");

        assertEquals(Set.of("requestContext", "headers", "body", "pathParameters", "queryStringParameters",
                "headerParameters", "stageVariables", "path", "queryString", "httpMethod", "isBase64Encoded"),
                event.keySet());
        assertEquals(Map.of("Content-Type", "application/json"), event.get("headers"));
        assertEquals(Map.of("a", "1"), event.get("queryString"));
        assertEquals(Map.of("a", "1"), event.get("queryStringParameters"));
        assertEquals(false, event.get("isBase64Encoded"));
        Map<?, ?> context = (Map<?, ?>) event.get("requestContext");
        assertEquals("POST", context.get("httpMethod"));
        assertEquals("release", context.get("stage"));
        assertNotEquals(context.get("requestId"),
                ((Map<?, ?>) Events.apiGateway("GET", "/", null, null, null).get("requestContext")).get("requestId"));
    }

    @Test
    void functionUrlEventLowerCasesHeadersAndDropsGatewayFields() {
        Map<String, Object> event = Events.functionUrl("GET", "/rooms", Map.of(), Map.of("X-Token", "t"), null);

        assertEquals(Set.of("headers", "stageVariables", "path", "queryString", "httpMethod"), event.keySet());
        assertEquals(Map.of("x-token", "t", "x-scf-remote-addr", "127.0.0.1"), event.get("headers"));
    }

    @Test
    void cloudFunctionEventCarriesDataAndUserInfo() {
        Map<String, Object> event = Events.cloudFunction(Map.of("action", "join"), "openid-1");

        assertEquals("join", event.get("action"));
        assertEquals(Map.of("appId", Events.MINI_PROGRAM_APP_ID, "openId", "openid-1"), event.get("userInfo"));
        assertFalse(Events.cloudFunction(Map.of("action", "join"), null).containsKey("userInfo"));
    }

    @Test
    void jsonRoundTrips() {
        Map<String, Object> event = Events.cloudFunction(Map.of("count", 2, "name", "房间 🎉"), "o");

        assertEquals(event, Events.parse(Events.json(event)));
        assertTrue(Events.json(Map.of("k", "v")).contains("\"k\":\"v\""));
    }

    @Test
    void testContextDefaultsToScfDefaults() {
        TestContext context = new TestContext();

        assertEquals(3_000, context.getTimeLimitInMs());
        assertEquals(128, context.getMemoryLimitInMb());
        assertNotEquals(context.getRequestId(), new TestContext().getRequestId());
    }
}

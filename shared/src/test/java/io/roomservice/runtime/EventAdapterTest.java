package io.roomservice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventAdapterTest {

    @Test
    void anApiGatewayEventBecomesAnHttpRequest() {
        Map<String, Object> event = Events.apiGateway("POST", "/video/x", Map.of("a", "1"),
                Map.of("Content-Type", "application/json", "Authorization", "Bearer t"), "{\"roomID\":\"12\"}");
        Request r = EventAdapter.toRequest(event, null);
        assertEquals(Request.Kind.HTTP, r.kind());
        assertEquals("POST", r.method());
        assertEquals("/video/x", r.path());
        assertEquals("1", r.query().get("a"));
        assertEquals("Bearer t", r.header("authorization").orElseThrow());
        assertEquals("{\"roomID\":\"12\"}", r.body());
        assertEquals("10.0.2.14", r.sourceIp().orElseThrow());
        assertTrue(r.platformUserId().isEmpty());
    }

    @Test
    void aFunctionUrlEventWithoutTheOptionalFieldsBecomesTheSameRequest() {
        Map<String, Object> event = Events.functionUrl("GET", "/video/x", Map.of("a", "1"),
                Map.of("Authorization", "Bearer t"), null);
        Request r = EventAdapter.toRequest(event, new TestContext());
        assertEquals(Request.Kind.HTTP, r.kind());
        assertEquals("1", r.query().get("a"));
        assertEquals("Bearer t", r.header("AUTHORIZATION").orElseThrow());
        assertEquals("127.0.0.1", r.sourceIp().orElseThrow());
        assertNull(r.body());
    }

    @Test
    void aBase64BodyIsDecoded() {
        Map<String, Object> event = new LinkedHashMap<>(Events.apiGateway("POST", "/p", Map.of(), Map.of(), null));
        event.put("body", Base64.getEncoder().encodeToString("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8)));
        event.put("isBase64Encoded", true);
        assertEquals("{\"a\":\"é\"}", EventAdapter.toRequest(event, null).body());
    }

    @Test
    void aCloudFunctionEventCarriesItsDataAndThePlatformIdentity() {
        Map<String, Object> event = Events.cloudFunction(Map.of("roomID", "1234"), "oPlatformUser");
        Request r = EventAdapter.toRequest(event, new TestContext());
        assertEquals(Request.Kind.INVOKE, r.kind());
        assertEquals("oPlatformUser", r.platformUserId().orElseThrow());
        assertEquals(Map.of("roomID", "1234"), r.invokeData());
    }

    @Test
    void anHttpBodyCannotClaimAPlatformIdentity() {
        Map<String, Object> event = Events.apiGateway("POST", "/p", Map.of(), Map.of(),
                "{\"userInfo\":{\"openId\":\"oForged\"}}");
        assertTrue(EventAdapter.toRequest(event, null).platformUserId().isEmpty());
    }

    @Test
    void theResponseIsTheIntegratedResponseShape() {
        Map<String, Object> scf = Json.readObject(Response.json(200, Map.of("code", 0)).toScfJson());
        assertEquals(false, scf.get("isBase64Encoded"));
        assertEquals(200, scf.get("statusCode"));
        assertEquals("{\"code\":0}", scf.get("body"));
        assertTrue(((Map<?, ?>) scf.get("headers")).get("Content-Type").toString().startsWith("application/json"));
    }
}

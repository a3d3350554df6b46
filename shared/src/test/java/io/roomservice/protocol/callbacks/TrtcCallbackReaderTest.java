package io.roomservice.protocol.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.domain.media.MediaEvent;
import org.junit.jupiter.api.Test;

class TrtcCallbackReaderTest {

    @Test
    void theSignatureIsBase64HmacSha256OfTheRawBody() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the RFC 4231-style public vector.
        assertEquals("97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=",
                TrtcSignature.sign("key", "The quick brown fox jumps over the lazy dog"));
        String body = "{\"EventType\": 104}";
        assertTrue(TrtcSignature.matches("k1", body, TrtcSignature.sign("k1", body)));
        assertFalse(TrtcSignature.matches("k1", "{\"EventType\":104}", TrtcSignature.sign("k1", body)), "whitespace is signed too");
        assertFalse(TrtcSignature.matches("k2", body, TrtcSignature.sign("k1", body)));
    }

    @Test
    void roomIdsComeAsNumbersOrStringsAndEventTsIsTheFallback() {
        MediaEvent numeric = TrtcCallbackReader.event(7, TrtcCallbackReader.parse(
                "{\"EventType\":104,\"CallbackTs\":1,\"EventInfo\":{\"RoomId\":4294967295,\"EventTs\":1687770730,\"UserId\":\"u\",\"Reason\":2}}"));
        assertEquals("4294967295", numeric.roomId());
        assertEquals(1_687_770_730_000L, numeric.eventMs());
        assertEquals(2, numeric.reason());
        MediaEvent text = TrtcCallbackReader.event(7, TrtcCallbackReader.parse(
                "{\"EventType\":102,\"CallbackTs\":1,\"EventInfo\":{\"RoomId\":\"room_1a2b\",\"EventMsTs\":5}}"));
        assertEquals("room_1a2b", text.roomId());
        assertEquals("", text.userId());
        assertThrows(CallbackRefusal.class, () -> TrtcCallbackReader.event(7, TrtcCallbackReader.parse(
                "{\"EventType\":104,\"CallbackTs\":1,\"EventInfo\":{\"RoomId\":[1],\"EventMsTs\":5,\"UserId\":\"u\"}}")));
    }
}

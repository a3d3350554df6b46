package io.roomservice.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.runtime.Request;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParamsTest {

    private static Request http(Map<String, String> query, String contentType, String body) {
        return Request.http("POST", "/p").query(query)
                .headers(contentType == null ? Map.of() : Map.of("content-type", contentType)).body(body).build();
    }

    @Test
    void theQueryOverridesAJsonBody() {
        Params p = Params.of(http(Map.of("roomID", "2"), "application/json", "{\"roomID\":\"1\",\"roomName\":\"n\"}"));
        assertEquals("2", p.requiredText("roomID", 10));
        assertEquals("n", p.requiredText("roomName", 10));
    }

    @Test
    void aFormBodyIsParsed() {
        Params p = Params.of(http(Map.of(), "application/x-www-form-urlencoded", "roomName=%E6%88%BF+1&skip=3"));
        assertEquals("房 1", p.requiredText("roomName", 10));
        assertEquals(3, p.integer("skip", 0, 0, 10));
    }

    @Test
    void jsonLabelledAsAFormIsStillJson() {
        Params p = Params.of(http(Map.of(), "application/x-www-form-urlencoded", "{\"roomID\":\"7\"}"));
        assertEquals("7", p.requiredText("roomID", 10));
    }

    @Test
    void anObjectOrArrayWhereAValueBelongsIsRejected() {
        Params p = Params.of(Map.of("roomID", Map.of("$gt", ""), "roomName", List.of("a")));
        ParamException e = assertThrows(ParamException.class, () -> p.optionalText("roomID", 10));
        assertEquals("roomID", e.field());
        assertThrows(ParamException.class, () -> p.optionalText("roomName", 10));
    }

    @Test
    void lengthsAreCountedInCharactersNotBytes() {
        Params p = Params.of(Map.of("name", "😀😀😀"));
        assertEquals("😀😀😀", p.requiredText("name", 3));
        assertThrows(ParamException.class, () -> p.requiredText("name", 2));
    }

    @Test
    void numbersArriveAsTextAndDoublesWithoutAFractionAsWholeNumbers() {
        Params p = Params.of(Map.of("roomID", 1234, "limit", 20.0, "ratio", 0.5));
        assertEquals("1234", p.requiredText("roomID", 10));
        assertEquals(20, p.integer("limit", 10, 1, 100));
        assertEquals("0.5", p.requiredText("ratio", 10));
    }

    @Test
    void numbersBeyondADoublesRangeAreParameterErrors() {
        // Refused when the request is read, whether or not the action looks at the field.
        ParamException json = assertThrows(ParamException.class,
                () -> Params.of(http(Map.of(), "application/json", "{\"unread\":1,\"skip\":1e400}")));
        assertEquals("skip", json.field());
        assertThrows(ParamException.class, () -> Params.of(http(Map.of(), "application/json", "{\"limit\":-1e400}")));
        assertThrows(ParamException.class, () -> Params.of(http(Map.of(), "application/json", "{\"a\":{\"b\":[1e400]}}")));
        assertThrows(ParamException.class, () -> Params.of(Map.of("a", Double.POSITIVE_INFINITY)));
        assertThrows(ParamException.class, () -> Params.of(Map.of("b", Float.NaN)));
        Params huge = Params.of(Map.of("c", new java.math.BigDecimal("1E+999999999")));
        assertThrows(ParamException.class, () -> huge.optionalText("c", 20));
    }

    @Test
    void blankValuesAreAbsentAndRangesAreEnforced() {
        Params p = Params.of(Map.of("roomName", " ", "limit", "1000", "skip", "x"));
        assertTrue(p.optionalText("roomName", 10).isEmpty());
        assertThrows(ParamException.class, () -> p.requiredText("roomName", 10));
        assertThrows(ParamException.class, () -> p.integer("limit", 10, 1, 100));
        assertThrows(ParamException.class, () -> p.integer("skip", 0, 0, 100));
    }

    @Test
    void brokenJsonIsAParameterError() {
        assertThrows(ParamException.class, () -> Params.of(http(Map.of(), "application/json", "{\"a\":")));
        assertThrows(ParamException.class, () -> Params.of(http(Map.of(), "application/json", "[1,2]")));
    }

    @Test
    void aClearableFieldSentBlankIsEmptyTextNotAbsent() {
        Params p = Params.of(Map.of("title", "", "cover", "  "));
        assertEquals(Optional.of(""), p.clearableText("title", 64));
        assertEquals(Optional.of(""), p.clearableText("cover", 64));
        assertEquals(Optional.empty(), p.clearableText("subject", 64));
        assertThrows(ParamException.class, () -> Params.of(Map.of("title", "x".repeat(65))).clearableText("title", 64));
    }

    @Test
    void aListComesAsAnArrayOrAsCommaSeparatedText() {
        assertEquals(List.of("a-1", "b-2"), Params.of(Map.of("roomIds", List.of("a-1", "", "b-2"))).textList("roomIds", 10, 64));
        assertEquals(List.of("a-1", "b-2"), Params.of(Map.of("roomIds", "a-1, b-2")).textList("roomIds", 10, 64));
        assertEquals(List.of(), Params.of(Map.of()).textList("roomIds", 10, 64));
        assertThrows(ParamException.class, () -> Params.of(Map.of("roomIds", List.of(Map.of("a", 1)))).textList("roomIds", 10, 64));
        assertThrows(ParamException.class, () -> Params.of(Map.of("roomIds", "a,b,c")).textList("roomIds", 2, 64));
        assertThrows(ParamException.class, () -> Params.of(Map.of("roomIds", "abc")).textList("roomIds", 2, 2));
    }
}

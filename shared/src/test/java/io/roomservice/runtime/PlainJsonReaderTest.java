package io.roomservice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainJsonReaderTest {

    /** The mapper exactly as the project configured it before requests were read without it. */
    private static final ObjectMapper JACKSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private static final List<String> OBJECTS = List.of(
            "{}", " {\"a\":1} \n", "{\"roomID\":\"1234\",\"userInfo\":{\"openId\":\"oBob\"}}",
            "{\"int\":2147483647,\"long\":2147483648,\"negLong\":-9223372036854775808,\"big\":9223372036854775808,"
                    + "\"bigger\":123456789012345678901234567890,\"zero\":-0,\"d\":0.1,\"e\":1e3,\"E\":-2.5E-3,"
                    + "\"huge\":1e400,\"tiny\":4.9e-324,\"negZero\":-0.0}",
            "{\"t\":true,\"f\":false,\"n\":null,\"s\":\"\",\"list\":[1,\"x\",null,[],{},[{\"k\":[true]}]]}",
            "{\"escaped\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0000 \\u00e9 \\ud83c\\udfa5\",\"房间\":\"🎥 é\"}",
            "{\"dup\":1,\"other\":2,\"dup\":\"last\"}", "{\"nested\":{\"dup\":1,\"dup\":{\"x\":2}}}",
            "{\"roomInfo\":\"{\\\"title\\\":\\\"demo\\\"}\"}");

    private static final List<String> NOT_OBJECTS = List.of(
            "", " ", "null", "[]", "[{}]", "\"\"", "\"x\"", "1", "true", "{", "{\"a\":}", "{\"a\":1,}", "{'a':1}",
            "{a:1}", "{\"a\":1}x", "{\"a\":1}{}", "{\"a\":1} []", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":\"\u0001\"}",
            "{\"a\":1 // c\n}", "{\"a\":[1,]}", "{\"a\":\"\\x\"}", "{\"a\":1]", "\uFEFF{\"a\":1}x");

    @Test
    void readsObjectsIntoWhatTheMapperReadsThemInto() throws Exception {
        for (String text : OBJECTS) {
            Map<String, Object> expected = JACKSON.readValue(text, OBJECT);
            Map<String, Object> read = PlainJsonReader.readObject(text);
            assertEquals(expected, read, text);
            assertEquals(JACKSON.writeValueAsString(expected), Json.write(read), text);
            assertEquals(types(expected), types(read), text);
            assertEquals(expected, PlainJsonReader.readObject(text.getBytes(StandardCharsets.UTF_8)), text);
        }
    }

    @Test
    void refusesWhatTheMapperRefusesAsAnObject() {
        for (String text : NOT_OBJECTS) {
            assertThrows(Exception.class, () -> {
                if (JACKSON.readValue(text, OBJECT) == null) {
                    throw new IllegalArgumentException("null");
                }
            }, text);
            assertThrows(IllegalArgumentException.class, () -> PlainJsonReader.readObject(text), text);
            assertThrows(IllegalArgumentException.class, () -> Json.readObject(text.getBytes(StandardCharsets.UTF_8)), text);
        }
    }

    /** The classes of every value, depth first: equal maps could still differ in Integer against Long. */
    private static String types(Object value) {
        StringBuilder out = new StringBuilder();
        appendTypes(out, value);
        return out.toString();
    }

    private static void appendTypes(StringBuilder out, Object value) {
        out.append(value == null ? "null" : value.getClass().getName()).append(' ');
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((k, v) -> {
                out.append(k).append('=');
                appendTypes(out, v);
            });
        } else if (value instanceof List) {
            ((List<?>) value).forEach(v -> appendTypes(out, v));
        }
    }

    /** In a fresh JVM: a request body is read without loading Jackson's ObjectMapper. */
    @Test
    void readingARequestDoesNotBuildTheMapperSinceThatCostsEveryColdStart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                ReadARequest.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(true, out.contains("READ {roomID=1, userInfo={openId=oBob}}"), out);
        assertFalse(out.contains("com.fasterxml.jackson.databind.ObjectMapper "), "the mapper was loaded");
    }

    /** Run by the test above in its own JVM. */
    static final class ReadARequest {
        public static void main(String[] args) {
            System.out.println("READ " + Json.readObject("{\"roomID\":\"1\",\"userInfo\":{\"openId\":\"oBob\"}}"));
        }
    }
}

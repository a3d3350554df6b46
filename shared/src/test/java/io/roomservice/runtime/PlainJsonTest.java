package io.roomservice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlainJsonTest {

    private static String jackson(Object value) throws Exception {
        return Json.mapper().writeValueAsString(value);
    }

    @Test
    void writesPlainValuesExactlyAsJacksonDoes() throws Exception {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("text", "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u0007 nul \u0000 del \u007f");
        inner.put("unicode", "房间 🎥 \u2028 é");
        inner.put("none", null);
        inner.put("empty", "");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", 0);
        answer.put("message", "ok");
        answer.put("long", Long.MIN_VALUE);
        answer.put("short", (short) -7);
        answer.put("double", 0.1 + 0.2);
        answer.put("float", 1.5f);
        answer.put("big", new BigInteger("123456789012345678901234567890"));
        answer.put("decimal", new BigDecimal("1E+3"));
        answer.put("flags", List.of(true, false));
        answer.put("data", inner);
        answer.put("list", new ArrayList<>(List.of(Map.of(), List.of(), Set.of("one"))));
        answer.put("sorted", new TreeMap<>(Map.of("b", 2, "a", 1)));
        for (Object value : List.of(answer, List.of(), Map.of(), "x", 42, Arrays.asList(1, null))) {
            assertEquals(jackson(value), PlainJson.writeOrNull(value));
            assertEquals(jackson(value), Json.write(value));
        }
    }

    @Test
    void leavesEverythingElseToJackson() throws Exception {
        Map<Integer, String> numericKeys = Map.of(1, "a");
        List<Object> others = List.of(Map.of("unit", TimeUnit.SECONDS), numericKeys, List.of(Double.NaN), new int[] {1, 2},
                Map.of("c", 'c'), TimeUnit.SECONDS);
        for (Object value : others) {
            assertNull(PlainJson.writeOrNull(value), value.toString());
            assertEquals(jackson(value), Json.write(value));
        }
    }

    /** In a fresh JVM: a plain answer is written without loading Jackson's ObjectMapper. */
    @Test
    void writingAPlainAnswerDoesNotBuildTheMapperSinceThatCostsEveryColdStart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                WritePlainAnswer.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(true, out.contains("{\"code\":0,\"data\":{\"roomID\":\"1\"}}"), out);
        assertFalse(out.contains("com.fasterxml.jackson.databind.ObjectMapper "), "the mapper was loaded");
    }

    /** Run by the test above in its own JVM. */
    static final class WritePlainAnswer {
        public static void main(String[] args) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("code", 0);
            answer.put("data", Map.of("roomID", "1"));
            System.out.println(Json.write(answer));
        }
    }
}

package io.roomservice.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The one Jackson mapper of the project, built on first use: answers made of plain values are
 * written without it ({@link PlainJson}), so a function that only answers never builds it.
 */
public final class Json {

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

        static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
        };
    }

    private Json() {
    }

    /** The shared mapper (built on the first call). */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    public static String write(Object value) {
        String plain = PlainJson.writeOrNull(value);
        if (plain != null) {
            return plain;
        }
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Parses a JSON object; anything else (an array, a scalar, broken text) is an IllegalArgumentException. */
    public static Map<String, Object> readObject(String text) {
        try {
            Map<String, Object> value = mapper().readValue(text, Mapper.OBJECT);
            if (value == null) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }
}

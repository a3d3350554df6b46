package io.roomservice.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The one Jackson mapper of the project, built on first use: answers made of plain values are
 * written without it ({@link PlainJson}) and requests are read without it ({@link PlainJsonReader}),
 * so a function that reads a request and answers it never builds it.
 */
public final class Json {

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
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

    /**
     * Parses a JSON object into what the mapper would read it into ({@link PlainJsonReader}, without
     * building the mapper); anything else (an array, a scalar, broken text) is an IllegalArgumentException.
     */
    public static Map<String, Object> readObject(String text) {
        return PlainJsonReader.readObject(text);
    }

    /** As {@link #readObject(String)}, from JSON bytes (UTF-8). */
    public static Map<String, Object> readObject(byte[] json) {
        return PlainJsonReader.readObject(json);
    }
}

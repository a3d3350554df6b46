package io.roomservice.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON object into exactly what Jackson's mapper reads into a {@code Map<String, Object>}
 * (LinkedHashMap, ArrayList, String, Integer / Long / BigInteger, Double, Boolean, null; the last
 * of repeated keys wins; trailing tokens refused), on jackson-core's streaming parser alone.
 * Building the ObjectMapper and its deserializers loads some 400 classes on every cold start,
 * and every request reads its body and token; the streaming parser needs a few dozen.
 */
final class PlainJsonReader {

    /** Holder: the factory (and its symbol tables) is built on first use. */
    private static final class Factory {
        static final JsonFactory INSTANCE = new JsonFactory();
    }

    private PlainJsonReader() {
    }

    /** The object the text holds; anything else (an array, a scalar, broken text, more after it) is an IllegalArgumentException. */
    static Map<String, Object> readObject(String text) {
        try (JsonParser parser = Factory.INSTANCE.createParser(text)) {
            return wholeObject(parser);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    /** As {@link #readObject(String)}, from bytes in any of the encodings JSON allows (UTF-8 in practice). */
    static Map<String, Object> readObject(byte[] json) {
        try (JsonParser parser = Factory.INSTANCE.createParser(json)) {
            return wholeObject(parser);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    private static Map<String, Object> wholeObject(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, Object> object = object(parser);
        if (parser.nextToken() != null) {
            throw new IllegalArgumentException("not a JSON object: more follows it");
        }
        return object;
    }

    /** The object whose START_OBJECT the parser is on; the parser itself refuses malformed structure. */
    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, value(parser));
        }
        return object;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }

    private static Object value(JsonParser parser) throws IOException {
        switch (parser.currentTokenId()) {
            case JsonTokenId.ID_START_OBJECT:
                return object(parser);
            case JsonTokenId.ID_START_ARRAY:
                return array(parser);
            case JsonTokenId.ID_STRING:
                return parser.getText();
            case JsonTokenId.ID_NUMBER_INT:
                // The smallest of Integer, Long, BigInteger that holds it, as the mapper's untyped values are.
                return parser.getNumberValue();
            case JsonTokenId.ID_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case JsonTokenId.ID_TRUE:
                return Boolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return Boolean.FALSE;
            case JsonTokenId.ID_NULL:
                return null;
            default:
                throw new IllegalArgumentException("not a JSON value");
        }
    }
}

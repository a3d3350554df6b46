package io.roomservice.protocol;

import io.roomservice.runtime.Json;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.UrlEncoded;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one parameter parser. Values come from the invocation's data, or from an HTTP
 * request's query string and body (JSON or form), with the query overriding the body.
 * Every field is a scalar: an object or an array where a value belongs is an error, and
 * so is a string longer than the field allows. Blank values count as absent.
 */
public final class Params {

    /** Digits before the point of the largest number any field takes (a double's range, and then some). */
    private static final int MAX_WHOLE_DIGITS = 400;

    private final Map<String, Object> values;

    private Params(Map<String, Object> values) {
        values.forEach(Params::requireFinite);
        this.values = Collections.unmodifiableMap(values);
    }

    /** A number beyond a double's range (1e400) is refused wherever it is, read by the action or not: nothing runs on it. */
    private static void requireFinite(String name, Object value) {
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            throw new ParamException(name, name + " is out of range");
        }
        if (value instanceof Map) {
            ((Map<?, ?>) value).values().forEach(v -> requireFinite(name, v));
        } else if (value instanceof List) {
            ((List<?>) value).forEach(v -> requireFinite(name, v));
        }
    }

    public static Params of(Request request) {
        if (request.kind() == Request.Kind.INVOKE) {
            return new Params(new LinkedHashMap<>(request.invokeData()));
        }
        Map<String, Object> merged = new LinkedHashMap<>(body(request));
        merged.putAll(request.query());
        return new Params(merged);
    }

    public static Params of(Map<String, Object> values) {
        return new Params(new LinkedHashMap<>(values));
    }

    private static Map<String, Object> body(Request request) {
        String body = request.body();
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        // curl -d and many mini-program clients label JSON as a form: the body's shape decides.
        String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.contains("json") && !body.stripLeading().startsWith("{")) {
            return form(body);
        }
        try {
            return Json.readObject(body);
        } catch (IllegalArgumentException e) {
            throw new ParamException("body", "the request body is not a JSON object");
        }
    }

    private static Map<String, Object> form(String body) {
        try {
            return new LinkedHashMap<>(UrlEncoded.parse(body));
        } catch (IllegalArgumentException e) {
            throw new ParamException("body", "the form body is not URL-encoded correctly");
        }
    }

    /** A required text field of at most {@code maxLength} characters. */
    public String requiredText(String name, int maxLength) {
        return optionalText(name, maxLength)
                .orElseThrow(() -> new ParamException(name, name + " is required"));
    }

    /** An optional text field of at most {@code maxLength} characters. */
    public Optional<String> optionalText(String name, int maxLength) {
        Object raw = values.get(name);
        if (raw == null) {
            return Optional.empty();
        }
        String text = scalar(name, raw);
        if (text.isBlank()) {
            return Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new ParamException(name, name + " is longer than " + maxLength + " characters");
        }
        return Optional.of(text);
    }

    /**
     * An optional text field that clients may send under either of two names (aPaaS
     * {@code userId} / {@code apaasUserId}). Sent under both names, the values must agree.
     */
    public Optional<String> optionalText(String name, String alias, int maxLength) {
        Optional<String> first = optionalText(name, maxLength);
        Optional<String> second = optionalText(alias, maxLength);
        if (first.isPresent() && second.isPresent() && !first.get().equals(second.get())) {
            throw new ParamException(name, name + " and " + alias + " name different users");
        }
        return first.isPresent() ? first : second;
    }

    /**
     * An optional text field that may be sent empty on purpose (to clear a value): empty
     * when the field is absent, "" when it is sent blank.
     */
    public Optional<String> clearableText(String name, int maxLength) {
        Object raw = values.get(name);
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(optionalText(name, maxLength).orElse(""));
    }

    /**
     * A list of short texts, sent as a JSON array of values or as one comma-separated text;
     * empty when absent. Blank items are dropped.
     */
    public List<String> textList(String name, int maxItems, int maxLength) {
        Object raw = values.get(name);
        if (raw == null) {
            return List.of();
        }
        List<?> items;
        if (raw instanceof List) {
            items = (List<?>) raw;
        } else {
            items = Arrays.asList(scalar(name, raw).split(","));
        }
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (item == null) {
                continue;
            }
            String text = scalar(name, item).trim();
            if (text.isEmpty()) {
                continue;
            }
            if (text.codePointCount(0, text.length()) > maxLength) {
                throw new ParamException(name, "each of " + name + " must be at most " + maxLength + " characters");
            }
            out.add(text);
        }
        if (out.size() > maxItems) {
            throw new ParamException(name, name + " may list at most " + maxItems + " values");
        }
        return out;
    }

    /** An optional whole number within [min, max], or the fallback when absent. */
    public int integer(String name, int fallback, int min, int max) {
        Optional<String> text = optionalText(name, 20);
        if (text.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw new ParamException(name, name + " must be a whole number");
        }
        if (value < min || value > max) {
            throw new ParamException(name, name + " must be between " + min + " and " + max);
        }
        return (int) value;
    }

    /** An object parameter, sent as a JSON object or as JSON text (web clients stringify it); empty when absent. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> jsonObject(String name, int maxLength) {
        Object raw = values.get(name);
        if (raw == null) {
            return Optional.empty();
        }
        if (raw instanceof Map) {
            return Optional.of((Map<String, Object>) raw);
        }
        String text = scalar(name, raw);
        if (text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            throw new ParamException(name, name + " is longer than " + maxLength + " characters");
        }
        try {
            return Optional.of(Json.readObject(text));
        } catch (IllegalArgumentException e) {
            throw new ParamException(name, name + " is not a JSON object");
        }
    }

    public boolean has(String name) {
        Object raw = values.get(name);
        return raw != null && !scalar(name, raw).isBlank();
    }

    private static String scalar(String name, Object raw) {
        if (raw instanceof Map || raw instanceof List || raw.getClass().isArray()) {
            throw new ParamException(name, name + " must be a single value, not an object or an array");
        }
        if (raw instanceof Double || raw instanceof Float || raw instanceof BigDecimal) {
            // JSON parsers turn 1e400 into Infinity: no field takes it, and BigDecimal cannot hold it.
            if ((raw instanceof Double || raw instanceof Float) && !Double.isFinite(((Number) raw).doubleValue())) {
                throw new ParamException(name, name + " is out of range");
            }
            // Some runtimes hand every JSON number over as a double: 1234 arrives as 1234.0.
            BigDecimal decimal = new BigDecimal(raw.toString());
            if (decimal.precision() - decimal.scale() > MAX_WHOLE_DIGITS) {
                throw new ParamException(name, name + " is out of range");
            }
            return decimal.stripTrailingZeros().scale() <= 0
                    ? decimal.toBigInteger().toString()
                    : decimal.toPlainString();
        }
        return raw.toString();
    }
}

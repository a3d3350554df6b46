package io.roomservice.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * JSON text of the plain values every answer is made of (maps with string keys, lists, strings,
 * numbers, booleans, null), written exactly as Jackson's default mapper writes them. Building
 * Jackson's ObjectMapper and its serializers loads some 400 classes, about an eighth of an
 * event function's cold start; an answer needs none of them.
 */
final class PlainJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PlainJson() {
    }

    /** The JSON text, or null when the value holds anything but plain values (Jackson writes those). */
    static String writeOrNull(Object value) {
        StringBuilder out = new StringBuilder(256);
        return append(out, value) ? out.toString() : null;
    }

    private static boolean append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            appendString(out, (String) value);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue());
        } else if (value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return false;
            }
            out.append(value);
        } else if (value instanceof BigDecimal) {
            out.append(value);
        } else if (value instanceof Map) {
            return appendObject(out, (Map<?, ?>) value);
        } else if (value instanceof Collection) {
            return appendArray(out, (Collection<?>) value);
        } else {
            return false;
        }
        return true;
    }

    private static boolean appendObject(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                return false;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, (String) e.getKey());
            out.append(':');
            if (!append(out, e.getValue())) {
                return false;
            }
        }
        out.append('}');
        return true;
    }

    private static boolean appendArray(StringBuilder out, Collection<?> items) {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            if (!append(out, item)) {
                return false;
            }
        }
        out.append(']');
        return true;
    }

    /** Jackson's default escaping: quote, backslash and control characters; everything else as is. */
    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        int clean = 0;
        while (clean < s.length() && s.charAt(clean) >= 0x20 && s.charAt(clean) != '"' && s.charAt(clean) != '\\') {
            clean++;
        }
        // Most text needs no escaping: one copy of the whole run.
        out.append(s, 0, clean);
        for (int i = clean; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}

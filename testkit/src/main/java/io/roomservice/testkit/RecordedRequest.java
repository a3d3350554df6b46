package io.roomservice.testkit;

import java.util.List;
import java.util.Map;

/**
 * One request as {@link RecordingHttpServer} received it.
 *
 * @param method   e.g. {@code POST}
 * @param path     the decoded path, without the query
 * @param rawQuery the query string as sent (still encoded), or {@code ""}
 * @param query    the decoded query parameters (for repeated names, the last value)
 * @param headers  header name to values; lookups ignore case
 * @param body     the body as UTF-8 text, or {@code ""}
 */
public record RecordedRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, String> query,
        Map<String, List<String>> headers,
        String body) {

    /** The first value of a header, ignoring the case of its name; {@code null} if absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

package io.roomservice.web.http;

import java.util.Map;

/** Reason phrases of the statuses this server sends; clients ignore them, but they read better in a trace. */
final class Reasons {

    private static final Map<Integer, String> PHRASES = Map.ofEntries(Map.entry(100, "Continue"), Map.entry(200, "OK"),
            Map.entry(201, "Created"), Map.entry(204, "No Content"), Map.entry(304, "Not Modified"), Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(503, "Service Unavailable"),
            Map.entry(505, "HTTP Version Not Supported"));

    private Reasons() {
    }

    static String of(int status) {
        return PHRASES.getOrDefault(status, "");
    }
}

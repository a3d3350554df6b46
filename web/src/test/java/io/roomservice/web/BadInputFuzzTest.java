package io.roomservice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.domain.user.Login;
import io.roomservice.functions.router.Router;
import io.roomservice.functions.router.Routes;
import io.roomservice.runtime.Json;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TestApps;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every path of the route table through the HTTP front with a fixed set of bad inputs
 * and checks that each is answered in the family's envelope with its parameter code (or
 * 404/405/413), that nothing changed in the database, that the caller's token still works,
 * and that nothing logged a stack trace.
 */
class BadInputFuzzTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> TABLES = List.of("rooms", "room_members", "rs_rooms", "rs_pushers", "rs_audiences",
            "rs_custom_fields", "apaas_users", "apaas_user_ids", "apaas_oauth_accounts", "apaas_oauth_salts", "apaas_login_codes",
            "apaas_rooms", "apaas_room_ids", "apaas_room_bans", "apaas_tenants", "media_callback_receipts", "media_member_states",
            "im_user_states");
    /** Every parameter name a route reads (the tables of docs/api-*.md), so that each route meets the bad value where it looks. */
    private static final List<String> FIELDS = List.of("roomID", "roomName", "skip", "limit", "groupId", "code", "username", "salt",
            "signature", "tag", "ts", "nonce", "hash", "name", "avatar", "phone", "email", "sessionId", "userId", "apaasUserId",
            "token", "tag2", "searchUserId", "searchPhone", "appId", "roomId", "title", "category", "cover", "subject",
            "description", "role", "memberId", "startUtc", "endUtc", "orderBy", "offset", "cursor", "roomInfo", "userName",
            "userAvatar", "pushURL", "index", "cnt", "userInfo", "fieldName", "operation", "value", "userID", "apaasAppId",
            "ticket", "randstr", "nickname", "roomStatusCode");
    /** 98, or the endpoint's own parameter code (login_code 200, user_query 208, the rooms 2000-2003). */
    private static final Set<Integer> APAAS_PARAMETER_CODES = Set.of(98, 200, 208, 2000, 2001, 2002, 2003);

    private static App app;
    private static HttpFront front;
    private static Login caller;
    /** The caller's token in each family: a token works only in the family that issued it. */
    private static String videoToken;
    private static String roomServiceToken;
    private static final List<LogRecord> TRACES = new ArrayList<>();
    private static final Handler TRACE_CATCHER = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getThrown() != null || (r.getMessage() != null && r.getMessage().contains("\tat "))) {
                synchronized (TRACES) {
                    TRACES.add(r);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static final Map<String, Integer> CASES = new TreeMap<>();
    /**
     * Routes whose action reads no parameter from the body, so a body of any shape is no bad
     * input for them (logout would do its job), and get_login_info, which is off unless
     * debugging and refuses (7) before it reads anything.
     */
    private static final Set<String> READS_NO_BODY_FIELD = Set.of("/weapp/multi_room/logout", "/weapp/multi_room/get_push_url",
            "/weapp/live_room/get_anchor_url", "/weapp/utils/get_login_info");
    private static final Set<Object> SYSTEM_CODES = Set.of(10099, 99, 100, 103, -1);

    @BeforeAll
    static void start() throws Exception {
        app = TestApps.start();
        front = new HttpFront(new Router(app), "127.0.0.1", 0, 8);
        front.start();
        caller = ApaasUsers.signUp(app, "fuzzer");
        videoToken = app.tokens().issue(TokenAudience.VIDEO, caller.user().userId());
        roomServiceToken = app.tokens().issue(TokenAudience.ROOMSERVICE, caller.user().userId());
        // Some state for the bad calls to leave alone: a video room the caller is in.
        HttpResponse<String> entered = send("POST", "/video/webrtcroom-enter-room", Map.of("Content-Type", "application/json"),
                "{\"roomID\":\"4242\"}");
        assertEquals(0, Json.readObject(entered.body()).get("code"), entered.body());
        Logger.getLogger("").addHandler(TRACE_CATCHER);
    }

    @AfterAll
    static void stop() {
        Logger.getLogger("").removeHandler(TRACE_CATCHER);
        System.out.println("bad-input cases per category: " + CASES);
        front.close();
        app.close();
    }

    private static HttpResponse<String> send(String method, String pathAndQuery, Map<String, String> headers, String body)
            throws Exception {
        String query = pathAndQuery.contains("?") ? "&" : "?";
        String target = pathAndQuery.startsWith("/weapp/")
                ? pathAndQuery + query + "userID=" + caller.user().userId() + "&token=" + roomServiceToken : pathAndQuery;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + target))
                .header("Authorization", "Bearer " + tokenFor(pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String tokenFor(String path) {
        return path.startsWith("/video/") ? videoToken : path.startsWith("/weapp/") ? roomServiceToken : caller.token();
    }

    /**
     * Declares a 2 MiB body and sends only its first bytes: the answer comes before the body
     * is read. (A client that pushes all 2 MiB before reading sees the connection closed
     * under it once the server has answered, as with any server that refuses early.)
     */
    private static HttpResponse<String> declaringOversizedBody(String path) throws Exception {
        String target = path.startsWith("/weapp/") ? path + "?userID=" + caller.user().userId() + "&token=" + roomServiceToken : path;
        return raw("POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + tokenFor(path) + "\r\nContent-Length: " + (2 * 1024 * 1024)
                + "\r\n\r\n{\"roomID\":\"xxxx");
    }

    /** A GET whose request target carries {@code query} as it is: no client would send a malformed one. */
    private static HttpResponse<String> rawQuery(String path, String query) throws Exception {
        String target = path + "?" + query
                + (path.startsWith("/weapp/") ? "&userID=" + caller.user().userId() + "&token=" + roomServiceToken : "");
        return raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + tokenFor(path) + "\r\n\r\n");
    }

    /** Sends {@code request} as it is on a socket of its own and reads one answer with a Content-Length. */
    private static HttpResponse<String> raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", front.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            int length = 0;
            for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                int n = in.read(body, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new RawResponse(status, new String(body, 0, read));
        }
    }

    /** Only what assertRefused looks at. */
    private static final class RawResponse implements HttpResponse<String> {
        private final int status;
        private final String body;

        RawResponse(int status, String body) {
            this.status = status;
            this.body = body;
        }

        @Override
        public int statusCode() {
            return status;
        }

        @Override
        public String body() {
            return body;
        }

        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public URI uri() {
            return null;
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    /** Every path of every route, placeholders filled. */
    private static Map<String, Routes.Family> paths() {
        Map<String, Routes.Family> out = new LinkedHashMap<>();
        for (Routes.Route route : Routes.all()) {
            for (String path : route.paths()) {
                out.put(path.replace("{stage}", "release").replace("{type}", "multi_room"), route.family());
            }
        }
        return out;
    }

    private static void count(String category) {
        CASES.merge(category, 1, Integer::sum);
    }

    /** The family's envelope with its parameter code, and the HTTP status expected. */
    private static void assertRefused(Routes.Family family, int status, HttpResponse<String> r, String what) {
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("SQL"), what + " -> " + r.body());
        Map<String, Object> body = Json.readObject(r.body());
        if (family == Routes.Family.CALLBACKS) {
            // Tencent's callbacks answer in HTTP statuses: an unsigned body is 401 before anything else is read.
            assertTrue(status == 200 ? r.statusCode() == 400 || r.statusCode() == 401 : r.statusCode() == status, what + " -> " + r.body());
            Object code = body.containsKey("code") ? body.get("code") : body.get("ErrorCode");
            assertEquals(r.statusCode(), code, what + " -> " + r.body());
            return;
        }
        assertEquals(status, r.statusCode(), what + " -> " + r.body());
        switch (family) {
            case VIDEO:
                assertEquals(10001, body.get("code"), what + " -> " + r.body());
                assertTrue(body.containsKey("data"), what);
                break;
            case APAAS:
                assertTrue(APAAS_PARAMETER_CODES.contains((Integer) body.get("errorCode")), what + " -> " + r.body());
                assertTrue(body.get("errorMessage") instanceof String, what);
                break;
            default:
                assertEquals(1, body.get("code"), what + " -> " + r.body());
                assertTrue(body.get("message") instanceof String, what);
        }
    }

    private static Map<String, Long> rowCounts() {
        return AppStores.database(app).read(c -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : TABLES) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    private static String every(String value) {
        StringBuilder out = new StringBuilder("{");
        for (String field : FIELDS) {
            out.append(out.length() == 1 ? "" : ",").append('"').append(field).append("\":").append(value);
        }
        return out.append('}').toString();
    }

    @Test
    void everyRouteAnswersEveryBadInputCleanlyAndChangesNothing() throws Exception {
        Map<String, Long> before = rowCounts();
        Map<String, String> json = Map.of("Content-Type", "application/json");
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        for (Map.Entry<String, Routes.Family> entry : paths().entrySet()) {
            String path = entry.getKey();
            Routes.Family family = entry.getValue();
            for (String number : List.of("1e400", "-1e400")) {
                assertRefused(family, 200, send("POST", path, json, every(number)), path + " " + number);
                count("numbers out of range (1e400, -1e400 in every field)");
            }
            if (!READS_NO_BODY_FIELD.contains(path)) {
                for (String wrong : List.of("{\"$gt\":\"\"}", "[\"a\",\"b\"]")) {
                    assertRefused(family, 200, send("POST", path, json, every(wrong)), path + " " + wrong);
                    count("wrong types (object, array in every field)");
                }
            }
            for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE")) {
                HttpResponse<String> r = send(method, path, json, "{}");
                assertRefused(family, 405, r, path + " " + method);
                assertEquals("GET, POST, OPTIONS", r.headers().firstValue("Allow").orElse(""));
                count("wrong methods (PUT, DELETE, PATCH, TRACE, HEAD, OPTIONS)");
            }
            HttpResponse<String> head = send("HEAD", path, Map.of(), null);
            assertEquals(405, head.statusCode(), path + " HEAD");
            count("wrong methods (PUT, DELETE, PATCH, TRACE, HEAD, OPTIONS)");
            HttpResponse<String> options = send("OPTIONS", path, Map.of("Origin", "https://web.example",
                    "Access-Control-Request-Method", "POST"), null);
            assertEquals(204, options.statusCode(), path + " OPTIONS");
            assertEquals("*", options.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            count("wrong methods (PUT, DELETE, PATCH, TRACE, HEAD, OPTIONS)");

            assertRefused(family, 413, declaringOversizedBody(path), path + " 2 MiB");
            count("oversized bodies (2 MiB)");

            assertRefused(family, 200, send("POST", path, form, "roomID=%zz&roomId=%zz&token=%"), path + " escape");
            count("malformed escapes (form body)");

            for (String query : List.of("roomID=%zz", "roomID=%", "roomID=%2", "roomID=a b", "roomID=a<b>", "roomID=\"x\"")) {
                assertRefused(family, 200, rawQuery(path, query), path + "?" + query);
                count("malformed request targets (bad escapes, spaces, illegal characters in the query)");
            }

            for (String broken : List.of("{\"roomID\":", "[1,2]", "\"text\"", "{\"roomID\":\"1\"} trailing", "null", "{]")) {
                assertRefused(family, 200, send("POST", path, json, broken), path + " " + broken);
                count("broken JSON");
            }
        }
        for (Map.Entry<String, Routes.Family> unknown : Map.of("/video/no-such-action", Routes.Family.VIDEO,
                "/base/v1/rooms/no_such", Routes.Family.APAAS, "/prod/base/v1/nope", Routes.Family.APAAS,
                "/weapp/multi_room/no_such", Routes.Family.ROOMSERVICE).entrySet()) {
            assertRefused(unknown.getValue(), 404, send("POST", unknown.getKey(), json, "{}"), unknown.getKey());
            count("unknown paths");
        }
        assertEquals(before, rowCounts(), "a bad input changed the database");
        assertEquals(caller.user().userId(), app.tokens().verify(TokenAudience.APAAS, caller.token()).userId(), "a bad input revoked the token");
        synchronized (TRACES) {
            assertTrue(TRACES.isEmpty(), () -> "stack traces logged: " + TRACES.get(0).getMessage());
        }
    }
}

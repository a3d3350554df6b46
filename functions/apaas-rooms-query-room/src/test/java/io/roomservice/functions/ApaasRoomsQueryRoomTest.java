package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasRoomPeople.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.user.Login;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasRoomsQueryRoomTest {

    private static final String APP = "1400123456";
    private static final String OTHER_APP = "1400999999";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static MutableClock clock;
    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasCalls query;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        app = TestApps.start(Map.of(), clock);
        people = new ApaasRoomPeople(app, APP);
        query = new ApaasCalls(new ApaasRoomsQueryRoom(app.familyServices(), app.apaasRooms()), "/base/v1/rooms/query_room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** What user_keepalive does for the caller. */
    private static void keepalive(Login login) {
        app.accounts().users().keepalive(login.user().userId());
    }

    private static String category() {
        return "cat-" + TestApps.randomHex(4);
    }

    private static String room(Login owner, String appId, String category) {
        String roomId = "query-" + TestApps.randomHex(5);
        app.apaasRooms().enter(id(owner), Optional.of(roomId), appId, Optional.empty(),
                new RoomFields(Optional.of("title of " + roomId), Optional.of(category), Optional.empty(), Optional.empty(),
                        Optional.empty()));
        return roomId;
    }

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("appId", APP);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                body.remove((String) pairs[i]);
            } else {
                body.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }

    private static Map<String, Object> queryOk(Login caller, Map<String, Object> body) {
        Map<String, Object> reply = query.bearer(caller.token(), body);
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("query_room ok", reply.get("errorMessage"));
        return reply;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rooms(Map<String, Object> reply) {
        return (List<Map<String, Object>>) reply.get("data");
    }

    private static List<String> ids(Map<String, Object> reply) {
        return rooms(reply).stream().map(r -> (String) r.get("roomId")).collect(Collectors.toList());
    }

    @Test
    void listsOpenRoomsWithTheirFields() {
        Login owner = people.user("owner");
        String category = category();
        String roomId = room(owner, APP, category);
        people.enter(people.user("guest"), roomId);

        Map<String, Object> reply = queryOk(people.user("viewer"), params("category", category));
        assertFalse(reply.containsKey("nextCursor"));
        assertEquals(1, rooms(reply).size());
        Map<String, Object> listed = rooms(reply).get(0);
        assertEquals(roomId, listed.get("roomId"));
        assertEquals(category, listed.get("category"));
        assertEquals("title of " + roomId, listed.get("title"));
        assertEquals(id(owner), listed.get("ownBy"));
        assertEquals(UTC.format(clock.instant()), listed.get("createUtc"));
        assertEquals("open", listed.get("status"));
        assertEquals(2, listed.get("nnUsers"));
        assertEquals(2, listed.get("totalJoined"));

        assertEquals(List.of(), rooms(queryOk(owner, params("category", category()))), "an empty page is []");
    }

    @Test
    void pagesByOffsetAndByCursorReachEveryRoomOnce() {
        Login owner = people.user("owner");
        String category = category();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(room(owner, APP, category));
            clock.advance(Duration.ofMillis(700));
        }
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);

        List<String> byOffset = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 10) {
            Map<String, Object> page = queryOk(owner, params("category", category, "limit", 10, "offset", offset));
            assertEquals(offset < 20, page.containsKey("nextCursor"), "offset " + offset);
            byOffset.addAll(ids(page));
        }
        assertEquals(newestFirst, byOffset);

        List<String> byCursor = new ArrayList<>();
        Map<String, Object> page = queryOk(owner, params("category", category, "limit", "10"));
        byCursor.addAll(ids(page));
        int pages = 1;
        while (page.containsKey("nextCursor")) {
            page = queryOk(owner, params("category", category, "limit", "10", "cursor", page.get("nextCursor")));
            byCursor.addAll(ids(page));
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(newestFirst, byCursor);
        assertEquals(25, new HashSet<>(byCursor).size());
    }

    @Test
    void theCursorStaysRightWhileRoomsAreCreated() {
        Login owner = people.user("owner");
        String category = category();
        List<String> older = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            older.add(0, room(owner, APP, category));
            clock.advance(Duration.ofMillis(10));
        }
        Map<String, Object> first = queryOk(owner, params("category", category, "limit", 2));
        assertEquals(older.subList(0, 2), ids(first));
        room(owner, APP, category);
        Map<String, Object> second = queryOk(owner, params("category", category, "limit", 2, "cursor", first.get("nextCursor")));
        assertEquals(older.subList(2, 4), ids(second));
        assertFalse(second.containsKey("nextCursor"));
    }

    @Test
    void filtersByCategoryRoomIdsAndCreationTime() {
        Login owner = people.user("owner");
        String music = category();
        String talk = category();
        Instant start = clock.instant();
        String a = room(owner, APP, music);
        clock.advance(Duration.ofSeconds(2));
        String b = room(owner, APP, talk);
        clock.advance(Duration.ofSeconds(2));
        String c = room(owner, APP, music);
        Login viewer = people.user("viewer");

        assertEquals(List.of(c, a), ids(queryOk(viewer, params("category", music))));
        assertEquals(List.of(c, b), ids(queryOk(viewer, params("roomIds", List.of(b, c, "query-none")))));
        assertEquals(List.of(b, a), ids(queryOk(viewer, params("roomIds", a + "," + b))));
        assertEquals(List.of(c), ids(queryOk(viewer, params("roomIds", List.of(a, b, c), "category", music,
                "startUtc", UTC.format(start.plusSeconds(1))))));
        assertEquals(List.of(b, a), ids(queryOk(viewer, params("roomIds", List.of(a, b, c),
                "startUtc", UTC.format(start), "endUtc", UTC.format(start.plusSeconds(4))))));
    }

    @Test
    void ordersByTotalJoined() {
        Login owner = people.user("owner");
        String category = category();
        String quiet = room(owner, APP, category);
        String busy = room(owner, APP, category);
        String middle = room(owner, APP, category);
        for (int i = 0; i < 3; i++) {
            people.enter(people.user("fan"), busy);
        }
        people.enter(people.user("fan"), middle);
        clock.advance(Duration.ofMillis(10));
        String newest = room(owner, APP, category);

        Map<String, Object> reply = queryOk(owner, params("category", category, "orderBy", "totalJoined"));
        assertEquals(busy, ids(reply).get(0));
        assertEquals(middle, ids(reply).get(1));
        assertEquals(4, rooms(reply).get(0).get("totalJoined"));
        assertEquals(List.of(newest, middle, busy, quiet), ids(queryOk(owner, params("category", category, "orderBy", "createUtc"))));
    }

    @Test
    void roomsOfAnotherAppIdAreNotListed() {
        Login owner = people.user("owner");
        String category = category();
        String mine = room(owner, APP, category);
        String theirs = room(owner, OTHER_APP, category);
        assertEquals(List.of(mine), ids(queryOk(owner, params("category", category))));
        assertEquals(List.of(theirs), ids(queryOk(owner, params("category", category, "appId", OTHER_APP))));
    }

    @Test
    void aRoomWhoseOwnerWentSilentIsHiddenUntilTheyKeepAlive() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String category = category();
        String roomId = room(owner, APP, category);
        people.enter(guest, roomId);

        clock.advance(Duration.ofSeconds(31));
        keepalive(guest);
        assertEquals(List.of(), ids(queryOk(guest, params("category", category))));

        keepalive(owner);
        Map<String, Object> shown = queryOk(guest, params("category", category));
        assertEquals(List.of(roomId), ids(shown));
        assertEquals(2, rooms(shown).get(0).get("nnUsers"));
    }

    @Test
    void hiddenRoomsDoNotShortenAPage() {
        Login gone = people.user("gone");
        Login here = people.user("here");
        String category = category();
        List<String> visible = new ArrayList<>();
        visible.add(room(here, APP, category));
        room(gone, APP, category);
        room(gone, APP, category);
        clock.advance(Duration.ofSeconds(31));
        keepalive(here);
        for (int i = 0; i < 2; i++) {
            visible.add(0, room(here, APP, category));
            clock.advance(Duration.ofMillis(10));
        }
        Map<String, Object> first = queryOk(here, params("category", category, "limit", 2));
        assertEquals(visible.subList(0, 2), ids(first));
        assertNotNull(first.get("nextCursor"));
        Map<String, Object> second = queryOk(here, params("category", category, "limit", 2, "cursor", first.get("nextCursor")));
        assertEquals(visible.subList(2, 3), ids(second));
        assertFalse(second.containsKey("nextCursor"));
    }

    @Test
    void parameterErrorsAre2002() {
        Login caller = people.user("caller");
        Map<String, Object> noApp = query.bearer(caller.token(), params("appId", null));
        assertEquals(2002, errorCode(noApp));
        assertTrue(((String) noApp.get("errorMessage")).contains("appId"), noApp.toString());
        for (Object[] bad : new Object[][] {
            {"limit", 101}, {"limit", -1}, {"limit", "ten"}, {"offset", -1},
            {"orderBy", "title"}, {"orderBy", "createUtc desc"},
            {"startUtc", "yesterday"}, {"startUtc", "2024-13-01 00:00:00"}, {"endUtc", "2024-01-01"},
            {"cursor", "not-a-cursor"}, {"roomIds", Map.of("a", "b")}, {"category", List.of("a")},
        }) {
            assertEquals(2002, errorCode(query.bearer(caller.token(), params(bad))), bad[0] + "=" + bad[1]);
        }
        assertEquals(2002, errorCode(query.bearer(caller.token(), params("offset", 10, "cursor", "cjoxOjE"))),
                "offset and cursor together");
        assertEquals(0, errorCode(query.bearer(caller.token(), params("limit", 100))));
        assertEquals(204, errorCode(query.post(params())));
    }
}

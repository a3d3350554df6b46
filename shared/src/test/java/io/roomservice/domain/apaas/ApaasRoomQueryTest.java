package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.domain.apaas.ApaasRoomRefusal.Reason;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * query_room (§4.14, B2): the app's open rooms whose owner is present, newest (or most
 * joined) first, paged by offset or by cursor to the very last page, each room once, with
 * the category / roomIds / creation-time filters, scoped to the appId and the tenant.
 */
class ApaasRoomQueryTest {

    private static final String OTHER_APP = "1400999999";
    private static final int ROOMS = 27;

    private static ApaasFixture f;
    private static String owner;
    private static String viewer;
    /** The visible rooms of APP_ID, in the order query_room must list them (createdAt desc, then creation desc). */
    private static List<String> expected;
    /** Each visible room's creation time. */
    private static Map<String, Long> createdAt;
    private static final Map<String, Integer> joinedBesidesOwner = new java.util.HashMap<>();
    private static String otherAppRoom;
    private static List<String> hiddenRooms;

    @BeforeAll
    static void start() {
        f = ApaasFixture.start(Map.of("APAAS_ROOM_MAX_MEMBERS", "100"));
        owner = f.user("owner");
        viewer = f.user("viewer");
        String absentOwner = f.user("absent");
        List<String> joiners = f.users("joiner", 4);
        createdAt = new java.util.HashMap<>();
        hiddenRooms = new ArrayList<>();
        for (int i = 0; i < ROOMS; i++) {
            String roomId = "q-" + i;
            String category = i % 3 == 0 ? "music" : "talk";
            f.rooms.enter(owner, Optional.of(roomId), ApaasFixture.APP_ID, Optional.empty(),
                    new RoomFields(Optional.of("room " + i), Optional.of(category), Optional.empty(), Optional.empty(), Optional.empty()));
            int joined = (i * 7) % 5;
            for (int j = 0; j < joined; j++) {
                f.enter(joiners.get(j), roomId);
            }
            joinedBesidesOwner.put(roomId, joined);
            createdAt.put(roomId, f.clock.millis());
            if (i % 5 == 2) {
                // A room of an owner who goes silent, created at the same moment: hidden, never counted.
                String hidden = "q-hidden-" + i;
                f.enter(absentOwner, hidden);
                hiddenRooms.add(hidden);
            }
            // Rooms 10..14 share one creation millisecond: the id decides among them.
            if (i < 10 || i >= 14) {
                f.clock.advance(Duration.ofMillis(250));
            }
        }
        otherAppRoom = "q-other-app";
        f.rooms.enter(owner, Optional.of(otherAppRoom), OTHER_APP, Optional.empty(), RoomFields.NONE);
        // A destroyed room and a reservation are never listed.
        f.enter(owner, "q-destroyed");
        f.rooms.destroy(owner, "q-destroyed");
        f.rooms.generateId(owner, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);

        f.clock.advance(Duration.ofSeconds(31));
        f.app.accounts().presence().touch(owner);
        // Created later rooms come first; among rooms created in the same millisecond, the later created first.
        expected = new ArrayList<>();
        for (int i = ROOMS - 1; i >= 0; i--) {
            expected.add("q-" + i);
        }
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static RoomQuery query(RoomQuery.Order order, int offset, Optional<String> cursor, int limit) {
        return new RoomQuery(ApaasFixture.APP_ID, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), order,
                offset, cursor.map(Cursor::decode), limit);
    }

    private static List<String> ids(Page<ApaasRoom> page) {
        return page.items().stream().map(ApaasRoom::roomId).collect(Collectors.toList());
    }

    private static List<String> allByCursor(RoomQuery.Order order, int limit) {
        List<String> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        for (int pages = 0; pages < 100; pages++) {
            Page<ApaasRoom> page = f.rooms.query(viewer, query(order, 0, cursor, limit));
            assertTrue(page.items().size() <= limit);
            seen.addAll(ids(page));
            if (page.nextCursor().isEmpty()) {
                return seen;
            }
            assertEquals(limit, page.items().size(), "only a full page has a next page");
            cursor = page.nextCursor();
        }
        throw new AssertionError("the cursor never ended");
    }

    @Test
    void offsetPagesReachTheLastPageWithEachRoomOnceNewestFirst() {
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < ROOMS + 10; offset += 10) {
            Page<ApaasRoom> page = f.rooms.query(viewer, query(RoomQuery.Order.CREATED, offset, Optional.empty(), 10));
            seen.addAll(ids(page));
            assertEquals(offset + 10 < ROOMS, page.nextCursor().isPresent(), "next cursor at offset " + offset);
        }
        assertEquals(expected, seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(createdAt.get(seen.get(i - 1)) >= createdAt.get(seen.get(i)), "createUtc descending");
        }
        assertEquals(List.of(), ids(f.rooms.query(viewer, query(RoomQuery.Order.CREATED, ROOMS, Optional.empty(), 10))));
    }

    @Test
    void cursorPagesReachTheLastPageWithEachRoomOnceNewestFirst() {
        assertEquals(expected, allByCursor(RoomQuery.Order.CREATED, 10));
        assertEquals(expected, allByCursor(RoomQuery.Order.CREATED, 1));
        assertEquals(expected, allByCursor(RoomQuery.Order.CREATED, 100));
        // A cursor then an offset: the offset counts from the cursor.
        Page<ApaasRoom> first = f.rooms.query(viewer, query(RoomQuery.Order.CREATED, 0, Optional.empty(), 10));
        Page<ApaasRoom> skipped = f.rooms.query(viewer, query(RoomQuery.Order.CREATED, 5, first.nextCursor(), 10));
        assertEquals(expected.subList(15, 25), ids(skipped));
    }

    @Test
    void aCursorKeepsItsPlaceWhileNewRoomsAreCreated() {
        Page<ApaasRoom> first = f.rooms.query(viewer, query(RoomQuery.Order.CREATED, 0, Optional.empty(), 10));
        f.enter(owner, "q-newest");
        try {
            Page<ApaasRoom> second = f.rooms.query(viewer, query(RoomQuery.Order.CREATED, 0, first.nextCursor(), 10));
            assertEquals(expected.subList(10, 20), ids(second));
        } finally {
            f.rooms.destroy(owner, "q-newest");
        }
    }

    @Test
    void mostJoinedFirstPagesEachRoomOnce() {
        List<String> byJoined = new ArrayList<>(expected);
        // totalJoined desc; ties: the later created room (higher internal id) first, which is the CREATED order.
        byJoined.sort(Comparator.comparing((String id) -> -joinedBesidesOwner.get(id)));
        List<String> seen = allByCursor(RoomQuery.Order.TOTAL_JOINED, 10);
        assertEquals(byJoined, seen);
        List<String> byOffset = new ArrayList<>();
        for (int offset = 0; offset < ROOMS; offset += 10) {
            byOffset.addAll(ids(f.rooms.query(viewer, query(RoomQuery.Order.TOTAL_JOINED, offset, Optional.empty(), 10))));
        }
        assertEquals(byJoined, byOffset);
        List<ApaasRoom> rooms = f.rooms.query(viewer, query(RoomQuery.Order.TOTAL_JOINED, 0, Optional.empty(), 100)).items();
        for (ApaasRoom room : rooms) {
            assertEquals(1 + joinedBesidesOwner.get(room.roomId()), room.totalJoined(), room.roomId());
        }
    }

    @Test
    void filtersNarrowTheList() {
        RoomQuery music = new RoomQuery(ApaasFixture.APP_ID, Optional.of("music"), List.of(), Optional.empty(), Optional.empty(),
                RoomQuery.Order.CREATED, 0, Optional.empty(), 100);
        List<String> expectedMusic = expected.stream().filter(id -> Integer.parseInt(id.substring(2)) % 3 == 0)
                .collect(Collectors.toList());
        assertEquals(expectedMusic, ids(f.rooms.query(viewer, music)));
        assertTrue(f.rooms.query(viewer, music).items().stream().allMatch(r -> r.category().equals("music")));

        RoomQuery some = new RoomQuery(ApaasFixture.APP_ID, Optional.empty(), List.of("q-3", "q-20", otherAppRoom, "q-destroyed",
                "no-such-room", hiddenRooms.get(0)), Optional.empty(), Optional.empty(), RoomQuery.Order.CREATED, 0, Optional.empty(), 100);
        assertEquals(List.of("q-20", "q-3"), ids(f.rooms.query(viewer, some)));

        long from = createdAt.get("q-5");
        long before = createdAt.get("q-20");
        RoomQuery window = new RoomQuery(ApaasFixture.APP_ID, Optional.empty(), List.of(), Optional.of(from), Optional.of(before),
                RoomQuery.Order.CREATED, 0, Optional.empty(), 100);
        List<String> inWindow = expected.stream().filter(id -> createdAt.get(id) >= from && createdAt.get(id) < before)
                .collect(Collectors.toList());
        assertTrue(inWindow.contains("q-5") && !inWindow.contains("q-20") && inWindow.contains("q-19"));
        assertEquals(inWindow, ids(f.rooms.query(viewer, window)));
        List<String> windowPaged = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<ApaasRoom> page = f.rooms.query(viewer, new RoomQuery(ApaasFixture.APP_ID, Optional.empty(), List.of(),
                    Optional.of(from), Optional.of(before), RoomQuery.Order.CREATED, 0, cursor.map(Cursor::decode), 4));
            windowPaged.addAll(ids(page));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        assertEquals(inWindow, windowPaged);
    }

    @Test
    void roomsOfAnotherAppAreNeitherListedNorEntered() {
        RoomQuery other = new RoomQuery(OTHER_APP, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                RoomQuery.Order.CREATED, 0, Optional.empty(), 100);
        assertEquals(List.of(otherAppRoom), ids(f.rooms.query(viewer, other)));
        assertFalse(ids(f.rooms.query(viewer, query(RoomQuery.Order.CREATED, 0, Optional.empty(), 100))).contains(otherAppRoom));
        assertEquals(Reason.NOT_FOUND, org.junit.jupiter.api.Assertions.assertThrows(ApaasRoomRefusal.class,
                () -> f.enter(viewer, otherAppRoom)).reason(), "entering with another appId neither joins nor takes over");
        assertEquals(OTHER_APP, f.rooms.detail(viewer, otherAppRoom).appId());
        assertEquals(List.of(owner), f.memberRows(otherAppRoom));
    }

    @Test
    void presentCountsComeWithEachRoom() {
        // The joiners went silent 31 s ago and only the owner touched: one present member each.
        f.rooms.query(viewer, query(RoomQuery.Order.CREATED, 0, Optional.empty(), 100)).items()
                .forEach(r -> assertEquals(1, r.present(), r.roomId()));
    }

    @Test
    void tenantsSeeOnlyTheirOwnRooms() {
        try (ApaasFixture mt = ApaasFixture.start(Map.of("APAAS_MULTI_TENANT", "true"))) {
            String home = ApaasUsers.signUp(mt.app, "home-" + TestApps.randomHex(4)).user().userId();
            String away = ApaasUsers.signUp(mt.app, "away-" + TestApps.randomHex(4)).user().userId();
            // The second user belongs to another tenant (set before anything asks for it).
            mt.sqlUpdate("UPDATE apaas_users SET tenant = ? WHERE user_id = ?", "1400000002", away);
            assertTrue(mt.enter(home, "tenant-room").created());
            assertTrue(mt.enter(away, "tenant-room").created(), "the same id in another tenant is another room");
            assertEquals(2, mt.roomRows("tenant-room"));
            assertEquals(home, mt.rooms.detail(home, "tenant-room").owner());
            assertEquals(away, mt.rooms.detail(away, "tenant-room").owner());
            RoomQuery all = new RoomQuery(ApaasFixture.APP_ID, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                    RoomQuery.Order.CREATED, 0, Optional.empty(), 100);
            assertEquals(List.of(home), mt.rooms.query(home, all).items().stream().map(ApaasRoom::owner).collect(Collectors.toList()));
            assertEquals(List.of(away), mt.rooms.query(away, all).items().stream().map(ApaasRoom::owner).collect(Collectors.toList()));
            mt.rooms.destroy(away, "tenant-room");
            assertEquals("open", mt.rooms.detail(home, "tenant-room").status().label(), "destroying one tenant's room leaves the other's");
        }
    }
}

package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasRoomPeople.id;
import static io.roomservice.testing.ApaasRoomPeople.newRoomId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasRoomsRoomDetailTest {

    private static final String APP = "1400123456";
    private static final String PATH = "/base/v1/rooms/room_detail";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static MutableClock clock;
    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasRoomsRoomDetail handler;
    private static ApaasCalls detail;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        app = TestApps.start(Map.of(), clock);
        people = new ApaasRoomPeople(app, APP);
        handler = new ApaasRoomsRoomDetail(app.familyServices(), app.apaasRooms());
        detail = new ApaasCalls(handler, PATH);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A new room owned by {@code owner}, who opens it with every field set, with the others as members. */
    private static String room(Login owner, Login... members) {
        return people.room(newRoomId("detail-"), new RoomFields(Optional.of("Title"), Optional.of("music"),
                Optional.of("cover.png"), Optional.of("subject"), Optional.of("description")), owner, members);
    }

    private static Map<String, Object> detailOk(Map<String, Object> reply) {
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("room_detail ok", reply.get("errorMessage"));
        return data(reply);
    }

    @Test
    void showsTheRoom() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        Instant created = clock.instant();
        String roomId = room(owner);
        clock.advance(Duration.ofSeconds(5));
        people.enter(guest, roomId);
        clock.advance(Duration.ofSeconds(5));
        app.apaasRooms().update(id(owner), roomId, new RoomFields(Optional.of("New title"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty());

        Map<String, Object> data = detailOk(detail.bearer(guest.token(), Map.of("roomId", roomId)));
        assertEquals(roomId, data.get("roomId"));
        assertEquals("New title", data.get("title"));
        assertEquals("music", data.get("category"));
        assertEquals("cover.png", data.get("cover"));
        assertEquals("subject", data.get("subject"));
        assertEquals("description", data.get("description"));
        assertEquals(id(owner), data.get("ownBy"));
        assertEquals(id(owner), data.get("createBy"));
        assertEquals(id(owner), data.get("updateBy"));
        assertEquals(UTC.format(created), data.get("createUtc"));
        assertEquals(UTC.format(created.plusSeconds(10)), data.get("updateUtc"));
        assertEquals("open", data.get("status"));
        assertEquals(0, data.get("removed"));
        assertEquals(2, data.get("nnUsers"));
        assertEquals(2, data.get("totalJoined"));
        assertEquals(APP, data.get("appId"));
    }

    @Test
    void countsOnlyMembersWhoKeepTheirPresence() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = room(owner, guest);
        clock.advance(Duration.ofSeconds(31));
        app.accounts().presence().touch(id(owner));
        Map<String, Object> data = detailOk(detail.bearer(owner.token(), Map.of("roomId", roomId)));
        assertEquals(1, data.get("nnUsers"));
        assertEquals(2, data.get("totalJoined"));
    }

    @Test
    void errors() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        assertEquals(2002, errorCode(detail.bearer(owner.token(), Map.of())));
        assertEquals(2002, errorCode(detail.bearer(owner.token(), Map.of("roomId", "no spaces please"))));
        assertEquals(2002, errorCode(detail.bearer(owner.token(), Map.of("roomId", Map.of("a", 1)))));
        assertEquals(2004, errorCode(detail.bearer(owner.token(), Map.of("roomId", "detail-unknown"))));
        assertEquals(204, errorCode(detail.post(Map.of("roomId", roomId))));

        app.apaasRooms().destroy(id(owner), roomId);
        assertEquals(2004, errorCode(detail.bearer(owner.token(), Map.of("roomId", roomId))));
    }

    @Test
    void aReservedRoomIsVisibleToItsOwnerOnly() {
        Login owner = people.user("owner");
        String roomId = app.apaasRooms().generateId(id(owner), Optional.of(APP), RoomFields.NONE);
        assertEquals("reserved", detailOk(detail.bearer(owner.token(), Map.of("roomId", roomId))).get("status"));
        assertEquals(2004, errorCode(detail.bearer(people.user("stranger").token(), Map.of("roomId", roomId))));
    }

    @Test
    void answersEveryWayTheDemoAppsCall() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        Map<String, String> params = Map.of("userId", id(owner), "token", owner.token(), "roomId", roomId);

        assertEquals(roomId, detailOk(detail.post(params)).get("roomId"));
        assertEquals(roomId, detailOk(detail.form(params)).get("roomId"));
        assertEquals(roomId, detailOk(detail.get(params)).get("roomId"));
        assertEquals(roomId, detailOk(detail.get(Map.of("apaasUserId", id(owner), "token", owner.token(), "roomId", roomId)))
                .get("roomId"));

        Map<String, Object> traced = detail.withHeaders(Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + owner.token(), "X-Request-ID", "req-42"), Map.of("roomId", roomId));
        assertEquals(roomId, detailOk(traced).get("roomId"));
        assertEquals("req-42", traced.get("requestId"));

        Map<String, Object> failed = detail.withHeaders(Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + owner.token(), "X-Request-ID", "req-43"), Map.of("roomId", "detail-unknown"));
        assertEquals(2004, errorCode(failed));
        assertEquals("req-43", failed.get("requestId"));

        Map<String, Object> platform = detail.withHeaders(Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + owner.token(), "x-scf-request-id", "scf-7"), Map.of("roomId", roomId));
        assertEquals("scf-7", platform.get("requestId"));
        assertEquals(null, detail.bearer(owner.token(), Map.of("roomId", roomId)).get("requestId"));
    }
}

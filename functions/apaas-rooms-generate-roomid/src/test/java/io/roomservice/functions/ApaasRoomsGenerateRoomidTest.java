package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRoomRefusal;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.apaas.RoomStatus;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasRoomsGenerateRoomidTest {

    private static final String APP = "1400123456";
    private static final long FIRST_GENERATED_ID = 1_046_027L;

    private static MutableClock clock;
    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasCalls generate;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = TestApps.start(Map.of("TOKEN_TTL_SECONDS", "3600"), clock);
        people = new ApaasRoomPeople(app, APP);
        generate = new ApaasCalls(new ApaasRoomsGenerateRoomid(app.familyServices(), app.apaasRooms()),
                "/base/v1/rooms/generate_roomid");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String generatedId(Login login, Map<String, ?> body) {
        Map<String, Object> reply = generate.bearer(login.token(), body);
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("generate_roomid ok", reply.get("errorMessage"));
        return (String) data(reply).get("roomId");
    }

    @Test
    void answersAFreshNumericIdEachTime() {
        Login alice = people.user("alice");
        String first = generatedId(alice, Map.of("appId", APP));
        String second = generatedId(alice, Map.of());
        assertTrue(first.matches("[1-9][0-9]*"), first);
        assertTrue(Long.parseLong(first) >= FIRST_GENERATED_ID, first);
        assertTrue(Long.parseLong(second) >= FIRST_GENERATED_ID, second);
        assertNotEquals(first, second);
    }

    @Test
    void aGeneratedIdIsReservedForItsOwnerUntilTheyEnter() {
        Login owner = people.user("owner");
        Login stranger = people.user("stranger");
        String id = generatedId(owner, Map.of("appId", APP, "title", "reserved title"));

        ApaasRoomRefusal refused = assertThrows(ApaasRoomRefusal.class, () -> people.enter(stranger, id));
        assertEquals(ApaasRoomRefusal.Reason.NOT_FOUND, refused.reason());
        assertThrows(ApaasRoomRefusal.class, () -> app.apaasRooms().detail(stranger.user().userId(), id));
        assertEquals(RoomStatus.RESERVED, app.apaasRooms().detail(owner.user().userId(), id).status());

        ApaasRooms.Entered opened = people.enter(owner, id);
        assertTrue(opened.created());
        assertEquals("anchor", opened.role());
        assertEquals(RoomStatus.OPEN, app.apaasRooms().detail(owner.user().userId(), id).status());
        assertEquals("reserved title", app.apaasRooms().detail(owner.user().userId(), id).title());

        ApaasRooms.Entered joined = people.enter(stranger, id);
        assertEquals("audience", joined.role());
        assertEquals(false, joined.created());
    }

    @Test
    void anIdAClientAlreadyChoseIsSkipped() {
        Login alice = people.user("alice");
        long last = Long.parseLong(generatedId(alice, Map.of()));
        String taken = Long.toString(last + 1);
        assertTrue(people.enter(alice, taken).created());
        String next = generatedId(alice, Map.of());
        assertNotEquals(taken, next);
        assertTrue(Long.parseLong(next) > last + 1, next);
    }

    @Test
    void parameterErrorsAre2000() {
        Login alice = people.user("alice");
        assertEquals(2000, errorCode(generate.bearer(alice.token(), Map.of("appId", Map.of("a", 1)))));
        assertEquals(2000, errorCode(generate.bearer(alice.token(), Map.of("title", "x".repeat(65)))));
    }

    @Test
    void aMissingTokenIs204AndAnExpiredOne203() {
        Login alice = people.user("alice");
        assertEquals(204, errorCode(generate.post(Map.of("userId", alice.user().userId()))));
        assertEquals(204, errorCode(generate.post(Map.of())));
        Login other = people.user("other");
        assertEquals(204, errorCode(generate.post(Map.of("userId", other.user().userId(), "token", alice.token()))));
        assertEquals(204, errorCode(generate.bearer("not-a-token", Map.of())));

        clock.advance(Duration.ofSeconds(3601));
        assertEquals(203, errorCode(generate.bearer(alice.token(), Map.of())));
    }
}

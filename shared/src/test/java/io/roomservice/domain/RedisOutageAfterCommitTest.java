package io.roomservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.infra.token.Token;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.infra.token.TokenService;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.FaultyLink;
import io.roomservice.testkit.TestInfra;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redis down after the MySQL step of a write committed: the write must not be answered as a
 * failure (a system error tells the client nothing changed). The Redis steps that follow the
 * commit only keep liveness data (aPaaS presence, RoomService heartbeats) or a fast copy of
 * what MySQL holds (token revocations).
 */
class RedisOutageAfterCommitTest {

    private static final String APP = "1400123456";

    private final FaultyLink redis = FaultyLink.inFrontOf(TestInfra.endpoints().redisUrl());
    private App app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
        redis.close();
    }

    private App start(Map<String, String> overrides) {
        Map<String, String> s = new HashMap<>(overrides);
        s.put(TestInfra.REDIS_URL, redis.rewrite(TestInfra.endpoints().redisUrl()));
        app = TestApps.start(s, new MutableClock(Instant.now()));
        return app;
    }

    private int count(String sql, String param) {
        return AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, param);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private int apaasMembers(String roomId) {
        return count("SELECT COUNT(*) FROM room_members m JOIN rooms r ON r.id = m.room_pk"
                + " JOIN apaas_rooms a ON a.room_pk = r.id WHERE r.room_id = ? AND a.status = 'open'", roomId);
    }

    @Test
    void aPaasEnterLeaveAndDestroyAreAnsweredAsDoneWhenOnlyPresenceFails() {
        start(Map.of());
        ApaasRooms rooms = app.apaasRooms();
        String owner = ApaasUsers.signUp(app, "owner-" + TestApps.randomHex(4)).user().userId();
        String guest = ApaasUsers.signUp(app, "guest-" + TestApps.randomHex(4)).user().userId();
        String late = ApaasUsers.signUp(app, "late-" + TestApps.randomHex(4)).user().userId();
        rooms.enter(owner, Optional.of("outage-1"), APP, Optional.empty(), RoomFields.NONE);
        rooms.enter(guest, Optional.of("outage-1"), APP, Optional.empty(), RoomFields.NONE);

        redis.cut();
        rooms.enter(late, Optional.of("outage-1"), APP, Optional.empty(), RoomFields.NONE);
        assertEquals(3, apaasMembers("outage-1"));
        rooms.leave(guest, "outage-1");
        assertEquals(2, apaasMembers("outage-1"));
        rooms.destroy(owner, "outage-1");
        assertEquals(0, apaasMembers("outage-1"));
    }

    @Test
    void roomServicePushersLeaveAndRoomsEndWhenOnlyHeartbeatsFail() {
        start(RoomServiceCalls.liveSettings());
        RoomServiceRooms rooms = app.roomService();
        String id = rooms.createRoom(RoomType.MULTI, "oHost", Optional.empty(), "");
        rooms.addPusher(RoomType.MULTI, "oHost", id, "host", "avatar", rooms.urls().pushUrl("oHost"));
        rooms.addPusher(RoomType.MULTI, "oGuest", id, "guest", "avatar", rooms.urls().pushUrl("oGuest"));
        String pushers = "SELECT COUNT(*) FROM rs_pushers p JOIN rooms r ON r.id = p.room_pk WHERE r.room_id = ?";

        redis.cut();
        rooms.deletePusher(RoomType.MULTI, "oGuest", id);
        assertEquals(1, count(pushers, id));
        rooms.destroyRoom(RoomType.MULTI, "oHost", id);
        assertEquals(0, count(pushers, id));
    }

    @Test
    void aLogoutIsAnsweredAsDoneWhenOnlyTheRedisMarkFailsAndStillHolds() {
        start(Map.of());
        TokenService tokens = app.tokens();
        String token = tokens.issue(TokenAudience.APAAS, "u-" + TestApps.randomHex(4));
        Token verified = tokens.verify(TokenAudience.APAAS, token);
        redis.cut();
        tokens.revoke(verified);
        tokens.revokeAllFor(verified.userId());
        redis.restore();
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.APAAS, token));
    }
}

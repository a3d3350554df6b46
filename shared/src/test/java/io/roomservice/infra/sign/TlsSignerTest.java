package io.roomservice.infra.sign;

import static io.roomservice.infra.sign.TicketFixtures.APP;
import static io.roomservice.infra.sign.TicketFixtures.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.infra.sign.TicketVerdict.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TlsSignerTest {
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9*\\-_]+");
    private static final Clock SYSTEM = Clock.systemUTC();

    private final TlsSigner signer = new TlsSigner(APP, KEY);

    private static TlsTicket verified(String ticket) {
        TicketVerdict verdict = TlsTicketVerifier.verify(ticket, APP, KEY, SYSTEM);
        assertEquals(Status.VALID, verdict.status());
        return verdict.ticket().orElseThrow();
    }

    @Test
    void userSigRoundTrip() {
        String userSig = signer.userSig("user_1a2b3c4d_5e6f", 300);
        assertTrue(URL_SAFE.matcher(userSig).matches(), userSig);
        TlsTicket ticket = verified(userSig);
        assertEquals("user_1a2b3c4d_5e6f", ticket.identifier());
        assertEquals(APP, ticket.sdkAppId());
        assertEquals(300L, ticket.lifetimeSeconds());
        assertEquals(Optional.empty(), ticket.userBuf());
        long now = Instant.now().getEpochSecond();
        assertTrue(Math.abs(ticket.issuedAtEpochSecond() - now) <= 5);
    }

    @Test
    void numericRoomPrivateMapKeyRoundTrip() {
        String key = signer.privateMapKey("webrtc98", 600, 4294967295L, Privileges.DEFAULT_MEMBER);
        assertTrue(URL_SAFE.matcher(key).matches(), key);
        TlsTicket ticket = verified(key);
        assertEquals("webrtc98", ticket.identifier());
        UserBuf buf = ticket.userBuf().orElseThrow();
        assertEquals("webrtc98", buf.account());
        assertEquals(APP, buf.sdkAppId());
        assertEquals(4294967295L, buf.roomId());
        assertEquals(62L, buf.privileges());
        assertFalse(buf.isStringRoom());
        // The library reads the clock separately for the userbuf, so allow a second of drift.
        assertTrue(Math.abs(buf.expiresAtEpochSecond() - ticket.expiresAtEpochSecond()) <= 1);
    }

    @Test
    void stringRoomPrivateMapKeyRoundTrip() {
        String key = signer.privateMapKeyForStringRoom("o6CDX5TRWZ1SthpGX2FTLG_NWXFE", 600, "room_1a2b3c4d_5e6f",
                Privileges.AUDIENCE);
        assertTrue(URL_SAFE.matcher(key).matches(), key);
        UserBuf buf = verified(key).userBuf().orElseThrow();
        assertEquals("o6CDX5TRWZ1SthpGX2FTLG_NWXFE", buf.account());
        assertEquals(Optional.of("room_1a2b3c4d_5e6f"), buf.stringRoomId());
        assertEquals(0L, buf.roomId());
        assertEquals(42L, buf.privileges());
    }

    @Test
    void longestAllowedArgumentsStillRoundTrip() {
        String userId = "u".repeat(TlsSigner.MAX_USER_ID_LENGTH);
        String roomId = "r".repeat(TlsSigner.MAX_STRING_ROOM_ID_LENGTH);
        String key = signer.privateMapKeyForStringRoom(userId, TlsSigner.MAX_LIFETIME_SECONDS, roomId, Privileges.ALL);
        UserBuf buf = verified(key).userBuf().orElseThrow();
        assertEquals(userId, buf.account());
        assertEquals(Optional.of(roomId), buf.stringRoomId());
    }

    @Test
    void wrongKeyWrongAppAndExpiry() {
        String userSig = signer.userSig("alice", 60);
        assertEquals(Status.BAD_SIGNATURE, TlsTicketVerifier.verify(userSig, APP, KEY + "x", SYSTEM).status());
        assertEquals(Status.WRONG_APP, TlsTicketVerifier.verify(userSig, 1400000001L, KEY, SYSTEM).status());
        Clock later = Clock.offset(SYSTEM, java.time.Duration.ofSeconds(120));
        assertEquals(Status.EXPIRED, TlsTicketVerifier.verify(userSig, APP, KEY, later).status());

        String mapKey = signer.privateMapKey("alice", 60, 10000, Privileges.ALL);
        TlsSigner otherApp = new TlsSigner(1400000001L, KEY);
        assertEquals(Status.WRONG_APP,
                TlsTicketVerifier.verify(otherApp.privateMapKey("alice", 60, 10000, Privileges.ALL), APP, KEY, SYSTEM)
                        .status());
        assertEquals(Status.EXPIRED, TlsTicketVerifier.verify(mapKey, APP, KEY, later).status());
    }

    @Test
    void exposesSdkAppIdButNotTheKey() {
        assertEquals(APP, signer.sdkAppId());
        assertFalse(signer.toString().contains(KEY));
    }

    @Test
    void rejectsBadRoomIds() {
        assertInvalid(() -> signer.privateMapKey("alice", 300, 0, Privileges.ALL));
        assertInvalid(() -> signer.privateMapKey("alice", 300, 4294967296L, Privileges.ALL));
        assertInvalid(() -> signer.privateMapKey("alice", 300, -1, Privileges.ALL));
        assertInvalid(() -> signer.privateMapKeyForStringRoom("alice", 300, "", Privileges.ALL));
        assertInvalid(() -> signer.privateMapKeyForStringRoom("alice", 300, null, Privileges.ALL));
        assertInvalid(() -> signer.privateMapKeyForStringRoom("alice", 300, "r".repeat(65), Privileges.ALL));
        assertInvalid(() -> signer.privateMapKeyForStringRoom("alice", 300, "房间", Privileges.ALL));
    }

    @Test
    void rejectsBadUserIds() {
        assertInvalid(() -> signer.userSig("", 300));
        assertInvalid(() -> signer.userSig(null, 300));
        assertInvalid(() -> signer.userSig("u".repeat(129), 300));
        assertInvalid(() -> signer.userSig("小军", 300));
        assertInvalid(() -> signer.userSig("caf\u00e9", 300));
        assertInvalid(() -> signer.userSig("tab\there", 300));
        assertInvalid(() -> signer.privateMapKey("小军", 300, 10000, Privileges.ALL));
    }

    @Test
    void rejectsBadPrivilegesAndLifetimes() {
        assertInvalid(() -> signer.privateMapKey("alice", 300, 10000, 0));
        assertInvalid(() -> signer.privateMapKey("alice", 300, 10000, 256));
        assertInvalid(() -> signer.privateMapKey("alice", 300, 10000, -1));
        assertInvalid(() -> signer.privateMapKeyForStringRoom("alice", 300, "r1", 256));
        assertInvalid(() -> signer.userSig("alice", 0));
        assertInvalid(() -> signer.userSig("alice", -5));
        assertInvalid(() -> signer.userSig("alice", TlsSigner.MAX_LIFETIME_SECONDS + 1));
    }

    @Test
    void rejectsBadConstructorArgumentsWithoutEchoingTheKey() {
        IllegalArgumentException badApp = assertThrows(IllegalArgumentException.class, () -> new TlsSigner(0, KEY));
        assertFalse(badApp.getMessage().contains(KEY));
        assertThrows(IllegalArgumentException.class, () -> new TlsSigner(4294967296L, KEY));
        assertThrows(IllegalArgumentException.class, () -> new TlsSigner(APP, ""));
        assertThrows(NullPointerException.class, () -> new TlsSigner(APP, null));
    }

    private void assertInvalid(Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
    }
}

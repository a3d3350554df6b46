package io.roomservice.infra.sign;

import static io.roomservice.infra.sign.TicketFixtures.APP;
import static io.roomservice.infra.sign.TicketFixtures.GOLDEN_USER_SIG;
import static io.roomservice.infra.sign.TicketFixtures.IDENTIFIER;
import static io.roomservice.infra.sign.TicketFixtures.KEY;
import static io.roomservice.infra.sign.TicketFixtures.TIME;
import static io.roomservice.infra.sign.TicketFixtures.encode;
import static io.roomservice.infra.sign.TicketFixtures.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.infra.sign.TicketVerdict.Status;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlsTicketVerifierTest {
    private static final String ONE_DAY_SIG = "SNF4FmVCPucoXsBOpbVF3fFCf57JPm0ezZ1jeVILlVc=";

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private static Status statusOf(String ticket) {
        return TlsTicketVerifier.verify(ticket, APP, KEY, at(TIME + 1)).status();
    }

    @Test
    void goldenUserSigVerifiesJustAfterIssue() {
        TicketVerdict verdict = TlsTicketVerifier.verify(GOLDEN_USER_SIG, APP, KEY, at(TIME + 1));
        assertEquals(Status.VALID, verdict.status());
        assertTrue(verdict.isValid());
        TlsTicket ticket = verdict.ticket().orElseThrow();
        assertEquals(IDENTIFIER, ticket.identifier());
        assertEquals(APP, ticket.sdkAppId());
        assertEquals(TIME, ticket.issuedAtEpochSecond());
        assertEquals(86400L, ticket.lifetimeSeconds());
        assertEquals(TIME + 86400, ticket.expiresAtEpochSecond());
        assertEquals(Optional.empty(), ticket.userBuf());
        assertArrayEquals(Base64.getDecoder().decode(ONE_DAY_SIG), ticket.signature());
    }

    @Test
    void goldenUserSigExpiresOneSecondAfterTimePlusExpire() {
        assertEquals(Status.VALID, TlsTicketVerifier.verify(GOLDEN_USER_SIG, APP, KEY, at(TIME + 86400)).status());
        TicketVerdict expired = TlsTicketVerifier.verify(GOLDEN_USER_SIG, APP, KEY, at(TIME + 86401));
        assertEquals(Status.EXPIRED, expired.status());
        assertFalse(expired.isValid());
        assertEquals(IDENTIFIER, expired.ticket().orElseThrow().identifier());
    }

    @Test
    void aTicketDatedAheadOfTheClockBeyondTheSkewIsRefused() {
        long skew = TlsTicketVerifier.MAX_CLOCK_SKEW_SECONDS;
        assertEquals(Status.VALID, TlsTicketVerifier.verify(GOLDEN_USER_SIG, APP, KEY, at(TIME - skew)).status());
        TicketVerdict ahead = TlsTicketVerifier.verify(GOLDEN_USER_SIG, APP, KEY, at(TIME - skew - 1));
        assertEquals(Status.DATED_IN_THE_FUTURE, ahead.status());
        assertTrue(ahead.ticket().isEmpty());
    }

    @Test
    void aPrivateMapKeyIsNoUserSig() {
        String privateMapKey = new TlsSigner(APP, KEY).privateMapKey(IDENTIFIER, 3600, 1234, Privileges.DEFAULT_MEMBER);
        TlsTicketVerifier verifier = new TlsTicketVerifier(APP, KEY, Clock.systemUTC());
        assertEquals(Status.VALID, verifier.verify(privateMapKey).status());
        assertEquals(Status.NOT_A_USER_SIG, verifier.verifyUserSig(privateMapKey).status());
        assertEquals(Status.VALID, verifier.verifyUserSig(new TlsSigner(APP, KEY).userSig(IDENTIFIER, 3600)).status());
    }

    @Test
    void goldenUserSigAlsoAcceptedInStandardBase64() {
        String standard = GOLDEN_USER_SIG.replace('*', '+').replace('-', '/').replace('_', '=');
        assertNotEquals(GOLDEN_USER_SIG, standard);
        assertEquals(Status.VALID, statusOf(standard));
    }

    @Test
    void goldenUserSigRejectedWithAnotherKeyOrApp() {
        assertEquals(Status.BAD_SIGNATURE,
                TlsTicketVerifier.verify(GOLDEN_USER_SIG, APP, KEY.replace('5', '6'), at(TIME + 1)).status());
        TicketVerdict wrongApp = TlsTicketVerifier.verify(GOLDEN_USER_SIG, APP + 1, KEY, at(TIME + 1));
        assertEquals(Status.WRONG_APP, wrongApp.status());
        assertEquals(Optional.empty(), wrongApp.ticket());
    }

    @Test
    void goldenPrivateMapKeysVerifyAndBindTheRoom() {
        String numeric = encode(json(IDENTIFIER, APP, 86400, TIME, TlsSignatureGoldenTest.NUMERIC_ROOM_USERBUF,
                "m5WPLBP4ZpMhjE/+GSzmHQEKbLMxsvWih1uhJTQ0sPw="));
        UserBuf room = TlsTicketVerifier.verify(numeric, APP, KEY, at(TIME + 1)).ticket().orElseThrow()
                .userBuf().orElseThrow();
        assertEquals(Status.VALID, statusOf(numeric));
        assertEquals(10000L, room.roomId());
        assertEquals(255L, room.privileges());
        assertEquals(1700086400L, room.expiresAtEpochSecond());

        String stringRoom = encode(json(IDENTIFIER, APP, 86400, TIME, TlsSignatureGoldenTest.STRING_ROOM_USERBUF,
                "WH3qbWluMhDzFpMRdjeWo1lTAzkp7yb85uczXyvVZBc="));
        TicketVerdict verdict = TlsTicketVerifier.verify(stringRoom, APP, KEY, at(TIME + 1));
        assertEquals(Status.VALID, verdict.status());
        assertEquals(Optional.of("100000000"), verdict.ticket().orElseThrow().userBuf().orElseThrow().stringRoomId());
    }

    @Test
    void swappingTheUserbufBetweenRoomsBreaksTheSignature() {
        String swapped = encode(json(IDENTIFIER, APP, 86400, TIME, TlsSignatureGoldenTest.STRING_ROOM_USERBUF,
                "m5WPLBP4ZpMhjE/+GSzmHQEKbLMxsvWih1uhJTQ0sPw="));
        assertEquals(Status.BAD_SIGNATURE, statusOf(swapped));
    }

    @Test
    void editedFieldsBreakTheSignature() {
        assertEquals(Status.VALID, statusOf(encode(json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG))));
        assertEquals(Status.BAD_SIGNATURE, statusOf(encode(json("xiaojum", APP, 86400, TIME, null, ONE_DAY_SIG))));
        assertEquals(Status.BAD_SIGNATURE, statusOf(encode(json(IDENTIFIER, APP, 86401, TIME, null, ONE_DAY_SIG))));
        assertEquals(Status.BAD_SIGNATURE, statusOf(encode(json(IDENTIFIER, APP, 86400, TIME - 1, null, ONE_DAY_SIG))));
        assertEquals(Status.BAD_SIGNATURE, statusOf(encode(json(IDENTIFIER, APP, 86400, TIME, null,
                "TNF4FmVCPucoXsBOpbVF3fFCf57JPm0ezZ1jeVILlVc="))));
        assertEquals(Status.BAD_SIGNATURE, statusOf(encode(json(IDENTIFIER, APP, 86400, TIME, null, "AAAA"))));
    }

    @Test
    void userbufForAnotherAppIsWrongApp() {
        byte[] buf = Base64.getDecoder().decode(TlsSignatureGoldenTest.NUMERIC_ROOM_USERBUF);
        buf[1 + 2 + 7 + 3] ^= 1; // last byte of dwSdkAppid
        String otherAppBuf = Base64.getEncoder().encodeToString(buf);
        String sig = TlsSignature.sign(KEY, IDENTIFIER, APP, TIME, 86400, otherAppBuf);
        assertEquals(Status.WRONG_APP, statusOf(encode(json(IDENTIFIER, APP, 86400, TIME, otherAppBuf, sig))));
    }

    @Test
    void structurallyBrokenTicketsAreMalformed() {
        String tooLong = "A".repeat(TlsTicketDecoder.MAX_ENCODED_CHARS + 4);
        String[] broken = {
            null,
            "",
            "!!!!",
            "eJy rVgr",
            tooLong,
            TicketFixtures.urlSafe("plain text, not zlib".getBytes(StandardCharsets.UTF_8)),
            encode("not json"),
            encode("[1,2,3]"),
            encode("{}"),
            encode(json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG).replace("\"2.0\"", "\"1.0\"")),
            encode(json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG).replace("\"TLS.sig\"", "\"TLS.sign\"")),
            encode(json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG).replace(":1400000000", ":\"1400000000\"")),
            encode(json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG).replace(":86400", ":86400.5")),
            encode(json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG).replace(":86400", ":-1")),
            encode(json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG).replace(":86400", ":99999999999999999999999")),
            encode(json("", APP, 86400, TIME, null, ONE_DAY_SIG)),
            encode(json(IDENTIFIER, APP, 86400, TIME, null, "%%not base64%%")),
            encode(json(IDENTIFIER, APP, 86400, TIME, "AAAH", ONE_DAY_SIG)),
            encode(json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG).replace("}", ",\"TLS.time\":1}")),
            encode("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"),
        };
        for (int i = 0; i < broken.length; i++) {
            assertEquals(Status.MALFORMED, statusOf(broken[i]), "case " + i);
        }
    }

    @Test
    void zlibEdgeCasesAreMalformed() {
        byte[] good = Base64.getDecoder().decode(GOLDEN_USER_SIG.replace('*', '+').replace('-', '/').replace('_', '='));
        String truncated = TicketFixtures.urlSafe(Arrays.copyOf(good, good.length - 3));
        String trailing = TicketFixtures.urlSafe(Arrays.copyOf(good, good.length + 2));
        byte[] badChecksum = good.clone();
        badChecksum[badChecksum.length - 1] ^= 1;
        byte[] notUtf8 = TicketFixtures.deflate(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
        assertEquals(Status.MALFORMED, statusOf(truncated));
        assertEquals(Status.MALFORMED, statusOf(trailing));
        assertEquals(Status.MALFORMED, statusOf(TicketFixtures.urlSafe(badChecksum)));
        assertEquals(Status.MALFORMED, statusOf(TicketFixtures.urlSafe(notUtf8)));
    }

    @Test
    void zipBombIsCutOffAtTheInflateLimit() {
        byte[] huge = new byte[4 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        String bomb = TicketFixtures.urlSafe(TicketFixtures.deflate(huge));
        assertTrue(bomb.length() < TlsTicketDecoder.MAX_ENCODED_CHARS, "bomb must pass the length cap to be a real test");
        assertEquals(Status.MALFORMED, statusOf(bomb));

    }

    @Test
    void inflateLimitIsExact() {
        String json = json(IDENTIFIER, APP, 86400, TIME, null, ONE_DAY_SIG);
        String atLimit = json.replace("{", "{" + " ".repeat(TlsTicketDecoder.MAX_INFLATED_BYTES - json.length()));
        assertEquals(TlsTicketDecoder.MAX_INFLATED_BYTES, atLimit.length());
        assertEquals(Status.VALID, statusOf(encode(atLimit)));
        assertEquals(Status.MALFORMED, statusOf(encode(atLimit.replace("{", "{ "))));
    }

    @Test
    void everySingleCharacterFlipIsRejectedWithoutThrowing() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_";
        byte[] original = decodeLoosely(GOLDEN_USER_SIG);
        int checked = 0;
        for (int i = 0; i < GOLDEN_USER_SIG.length(); i++) {
            char current = GOLDEN_USER_SIG.charAt(i);
            char replacement = alphabet.charAt((alphabet.indexOf(current) + 17) % alphabet.length());
            String flipped = GOLDEN_USER_SIG.substring(0, i) + replacement + GOLDEN_USER_SIG.substring(i + 1);
            if (Arrays.equals(original, decodeLoosely(flipped))) {
                continue; // only unused low bits of the last base64 digit changed
            }
            Status status = statusOf(flipped);
            assertTrue(status == Status.MALFORMED || status == Status.BAD_SIGNATURE,
                    "position " + i + " gave " + status);
            checked++;
        }
        assertTrue(checked > GOLDEN_USER_SIG.length() - 4, "checked " + checked);
    }

    private static byte[] decodeLoosely(String ticket) {
        try {
            return Base64.getDecoder().decode(ticket.replace('*', '+').replace('-', '/').replace('_', '='));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    @Test
    void verifierInstanceMatchesStaticFormAndHidesTheKey() {
        TlsTicketVerifier verifier = new TlsTicketVerifier(APP, KEY, at(TIME + 1));
        assertEquals(Status.VALID, verifier.verify(GOLDEN_USER_SIG).status());
        assertFalse(verifier.toString().contains(KEY));
        TicketVerdict verdict = verifier.verify(GOLDEN_USER_SIG);
        assertFalse(verdict.toString().contains(ONE_DAY_SIG));
        assertFalse(verdict.toString().contains("SNF4FmVCPucoXsBOpbVF3fFCf57JPm0ezZ1jeVILlVc"));
    }
}

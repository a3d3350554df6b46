package io.roomservice.infra.sign;

import static io.roomservice.infra.sign.TicketFixtures.APP;
import static io.roomservice.infra.sign.TicketFixtures.IDENTIFIER;
import static io.roomservice.infra.sign.TicketFixtures.KEY;
import static io.roomservice.infra.sign.TicketFixtures.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fixed-time vectors from java-platform.md ("tls-sig-api-v2 (Java)"). */
class TlsSignatureGoldenTest {
    static final String NUMERIC_ROOM_USERBUF = "AAAHeGlhb2p1blNyTgAAACcQZVVCgAAAAP8AAAAA";
    static final String STRING_ROOM_USERBUF = "AQAHeGlhb2p1blNyTgAAAAAAZVVCgAAAAP8AAAAAAAkxMDAwMDAwMDA=";

    @Test
    void contentListsFieldsOnePerLine() {
        assertEquals("TLS.identifier:xiaojun\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:86400\n",
                TlsSignature.content(IDENTIFIER, APP, TIME, 86400, null));
        assertEquals("TLS.identifier:xiaojun\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:86400\n"
                + "TLS.userbuf:" + NUMERIC_ROOM_USERBUF + "\n",
                TlsSignature.content(IDENTIFIER, APP, TIME, 86400, NUMERIC_ROOM_USERBUF));
    }

    @Test
    void userSigOf180Days() {
        assertEquals("LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=",
                TlsSignature.sign(KEY, IDENTIFIER, APP, TIME, 15552000, null));
    }

    @Test
    void userSigOfOneDay() {
        assertEquals("SNF4FmVCPucoXsBOpbVF3fFCf57JPm0ezZ1jeVILlVc=",
                TlsSignature.sign(KEY, IDENTIFIER, APP, TIME, 86400, null));
    }

    @Test
    void privateMapKeyForNumericRoom() {
        assertEquals("m5WPLBP4ZpMhjE/+GSzmHQEKbLMxsvWih1uhJTQ0sPw=",
                TlsSignature.sign(KEY, IDENTIFIER, APP, TIME, 86400, NUMERIC_ROOM_USERBUF));
    }

    @Test
    void privateMapKeyForStringRoom() {
        assertEquals("WH3qbWluMhDzFpMRdjeWo1lTAzkp7yb85uczXyvVZBc=",
                TlsSignature.sign(KEY, IDENTIFIER, APP, TIME, 86400, STRING_ROOM_USERBUF));
    }
}

package io.roomservice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.infra.sign.TicketVerdict;
import io.roomservice.infra.sign.TlsTicket;
import io.roomservice.infra.sign.TlsTicketVerifier;
import io.roomservice.infra.sign.UserBuf;
import java.time.Clock;

/** Checks issued UserSigs and PrivateMapKeys with the project's own verifier and the test key. */
public final class Tickets {

    private Tickets() {
    }

    public static TlsTicket assertUserSig(String userSig, String userId) {
        TicketVerdict verdict = TlsTicketVerifier.verify(userSig, TestApps.SDK_APP_ID, TestApps.TRTC_KEY, Clock.systemUTC());
        assertEquals(TicketVerdict.Status.VALID, verdict.status(), verdict.toString());
        TlsTicket ticket = verdict.ticket().orElseThrow();
        assertEquals(userId, ticket.identifier());
        assertTrue(userSig.matches("[A-Za-z0-9*_-]+"), "not URL-safe: " + userSig);
        return ticket;
    }

    public static UserBuf assertPrivateMapKey(String privateMapKey, String userId, long roomId) {
        UserBuf buf = assertUserSig(privateMapKey, userId).userBuf().orElseThrow();
        assertEquals(roomId, buf.roomId());
        assertEquals(userId, buf.account());
        assertEquals(TestApps.SDK_APP_ID, buf.sdkAppId());
        return buf;
    }
}

package io.roomservice.infra.sign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Objects;

/**
 * Checks a UserSig or PrivateMapKey that a client presents: decodes it, checks the app, recomputes
 * the HMAC (compared in constant time) and checks its time against the injected clock: not
 * expired, and not dated later than {@link #MAX_CLOCK_SKEW_SECONDS} ahead (a ticket dated years
 * ahead would otherwise live for years). Never throws on hostile ticket text; every failure is a
 * {@link TicketVerdict}.
 */
public final class TlsTicketVerifier {
    /** How far TLS.time may lie ahead of this server's clock: the clock skew tolerated between the signer and here. */
    public static final long MAX_CLOCK_SKEW_SECONDS = 5 * 60;

    private final long sdkAppId;
    private final byte[] secretKeyUtf8;
    private final Clock clock;

    public TlsTicketVerifier(long sdkAppId, String secretKey, Clock clock) {
        this.sdkAppId = sdkAppId;
        this.secretKeyUtf8 = secretKeyBytes(secretKey);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static TicketVerdict verify(String ticket, long expectedSdkAppId, String secretKey, Clock clock) {
        return new TlsTicketVerifier(expectedSdkAppId, secretKey, clock).verify(ticket);
    }

    public TicketVerdict verify(String encodedTicket) {
        TlsTicket ticket;
        try {
            ticket = TlsTicketDecoder.decode(encodedTicket);
        } catch (TlsTicketDecoder.MalformedTicketException e) {
            return TicketVerdict.rejected(TicketVerdict.Status.MALFORMED);
        }
        boolean userBufForOtherApp = ticket.userBuf().map(buf -> buf.sdkAppId() != sdkAppId).orElse(false);
        if (ticket.sdkAppId() != sdkAppId || userBufForOtherApp) {
            return TicketVerdict.rejected(TicketVerdict.Status.WRONG_APP);
        }
        byte[] expected = TlsSignature.mac(secretKeyUtf8, ticket.identifier(), ticket.sdkAppId(),
                ticket.issuedAtEpochSecond(), ticket.lifetimeSeconds(), ticket.userBufBase64().orElse(null));
        if (!MessageDigest.isEqual(expected, ticket.signatureView())) {
            return TicketVerdict.rejected(TicketVerdict.Status.BAD_SIGNATURE);
        }
        long now = clock.instant().getEpochSecond();
        if (ticket.issuedAtEpochSecond() > now + MAX_CLOCK_SKEW_SECONDS) {
            return TicketVerdict.rejected(TicketVerdict.Status.DATED_IN_THE_FUTURE);
        }
        if (now > ticket.expiresAtEpochSecond()) {
            return TicketVerdict.expired(ticket);
        }
        return TicketVerdict.valid(ticket);
    }

    /** As {@link #verify}, and a PrivateMapKey (a ticket with a userbuf) is refused: only a plain UserSig proves a login. */
    public TicketVerdict verifyUserSig(String encodedTicket) {
        TicketVerdict verdict = verify(encodedTicket);
        if (verdict.ticket().flatMap(TlsTicket::userBuf).isPresent()) {
            return TicketVerdict.rejected(TicketVerdict.Status.NOT_A_USER_SIG);
        }
        return verdict;
    }

    private static byte[] secretKeyBytes(String secretKey) {
        Objects.requireNonNull(secretKey, "secretKey");
        if (secretKey.isEmpty()) {
            throw new IllegalArgumentException("secretKey must not be empty");
        }
        return secretKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TlsTicketVerifier[sdkAppId=" + sdkAppId + "]";
    }
}

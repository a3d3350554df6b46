package io.roomservice.infra.sign;

import java.util.Objects;
import java.util.Optional;

/** What {@link TlsTicketVerifier} concluded about a presented UserSig or PrivateMapKey. */
public final class TicketVerdict {
    public enum Status {
        /** Authentic, for the expected app, and not expired. */
        VALID,
        /** Authentic and for the expected app, but past {@code TLS.time + TLS.expire}. */
        EXPIRED,
        /** Well formed and for the expected app, but not signed with the expected key. */
        BAD_SIGNATURE,
        /** Well formed but issued for another SDKAppID. */
        WRONG_APP,
        /** Authentic, but TLS.time lies further ahead of this server's clock than clock skew explains. */
        DATED_IN_THE_FUTURE,
        /** Authentic, but a PrivateMapKey (it carries a userbuf) where a plain UserSig is required. */
        NOT_A_USER_SIG,
        /** Not a tls-sig-api-v2 ticket at all. */
        MALFORMED
    }

    private final Status status;
    private final TlsTicket ticket;

    private TicketVerdict(Status status, TlsTicket ticket) {
        this.status = status;
        this.ticket = ticket;
    }

    static TicketVerdict valid(TlsTicket ticket) {
        return new TicketVerdict(Status.VALID, Objects.requireNonNull(ticket));
    }

    static TicketVerdict expired(TlsTicket ticket) {
        return new TicketVerdict(Status.EXPIRED, Objects.requireNonNull(ticket));
    }

    static TicketVerdict rejected(Status status) {
        if (status == Status.VALID || status == Status.EXPIRED) {
            throw new IllegalArgumentException(status + " needs the ticket");
        }
        return new TicketVerdict(status, null);
    }

    public Status status() {
        return status;
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    /**
     * The ticket, present only when its signature checked out (VALID or EXPIRED), so unauthenticated
     * fields can never be mistaken for a verified identity.
     */
    public Optional<TlsTicket> ticket() {
        return Optional.ofNullable(ticket);
    }

    @Override
    public String toString() {
        return "TicketVerdict[" + status + (ticket == null ? "" : ", " + ticket) + "]";
    }
}

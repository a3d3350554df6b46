package io.roomservice.infra.sign;

import java.util.Optional;

/**
 * The decoded JSON of a UserSig or PrivateMapKey (tls-sig-api-v2, {@code TLS.ver} "2.0").
 * Only {@link TlsTicketVerifier} hands these out, and only once the signature has been checked.
 */
public final class TlsTicket {
    private final String identifier;
    private final long sdkAppId;
    private final long issuedAtEpochSecond;
    private final long lifetimeSeconds;
    private final String userBufBase64;
    private final UserBuf userBuf;
    private final byte[] signature;

    TlsTicket(String identifier, long sdkAppId, long issuedAtEpochSecond, long lifetimeSeconds,
            String userBufBase64, UserBuf userBuf, byte[] signature) {
        this.identifier = identifier;
        this.sdkAppId = sdkAppId;
        this.issuedAtEpochSecond = issuedAtEpochSecond;
        this.lifetimeSeconds = lifetimeSeconds;
        this.userBufBase64 = userBufBase64;
        this.userBuf = userBuf;
        this.signature = signature.clone();
    }

    /** {@code TLS.identifier}: the user ID. */
    public String identifier() {
        return identifier;
    }

    /** {@code TLS.sdkappid}. */
    public long sdkAppId() {
        return sdkAppId;
    }

    /** {@code TLS.time}. */
    public long issuedAtEpochSecond() {
        return issuedAtEpochSecond;
    }

    /** {@code TLS.expire}: relative to {@link #issuedAtEpochSecond()}. */
    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    /** The last second at which the ticket is still valid. */
    public long expiresAtEpochSecond() {
        return issuedAtEpochSecond + lifetimeSeconds;
    }

    /** Present for a PrivateMapKey, absent for a plain UserSig. */
    public Optional<UserBuf> userBuf() {
        return Optional.ofNullable(userBuf);
    }

    /** {@code TLS.userbuf} exactly as carried (it is part of the signed content). */
    public Optional<String> userBufBase64() {
        return Optional.ofNullable(userBufBase64);
    }

    /** The raw 32-byte {@code TLS.sig} as carried by the ticket. */
    public byte[] signature() {
        return signature.clone();
    }

    byte[] signatureView() {
        return signature;
    }

    @Override
    public String toString() {
        // The signature is left out: together with the other fields it is a bearer credential.
        return "TlsTicket[identifier=" + identifier + ", sdkAppId=" + sdkAppId + ", issuedAt=" + issuedAtEpochSecond
                + ", lifetime=" + lifetimeSeconds + (userBuf == null ? "" : ", " + userBuf) + "]";
    }
}

package io.roomservice.domain.credentials;

import io.roomservice.infra.sign.TlsSigner;
import java.util.function.Supplier;

/**
 * Issues TRTC credentials to a verified user for a room they are a member of: a UserSig
 * and a PrivateMapKey bound to that room's numeric id. Nothing here is ever logged.
 */
public final class TrtcCredentials {

    private final Supplier<TlsSigner> signer;
    private final long userSigTtlSeconds;
    private final long privateMapKeyTtlSeconds;
    private final int privileges;

    /** {@code signer} throws the configuration error when TRTC is not configured. */
    public TrtcCredentials(Supplier<TlsSigner> signer, long userSigTtlSeconds, long privateMapKeyTtlSeconds, int privileges) {
        this.signer = signer;
        this.userSigTtlSeconds = userSigTtlSeconds;
        this.privateMapKeyTtlSeconds = privateMapKeyTtlSeconds;
        this.privileges = privileges;
    }

    /** Throws the configuration error now, before anything changes, when TRTC is not configured. */
    public void ensureConfigured() {
        signer.get();
    }

    /** UserSig and a PrivateMapKey with the configured room privileges. */
    public SignInfo forMember(String userId, long numericRoomId) {
        return forMember(userId, numericRoomId, privileges);
    }

    public SignInfo forMember(String userId, long numericRoomId, int roomPrivileges) {
        TlsSigner s = signer.get();
        return new SignInfo(
                s.userSig(userId, userSigTtlSeconds),
                s.privateMapKey(userId, privateMapKeyTtlSeconds, numericRoomId, roomPrivileges),
                userId,
                s.sdkAppId());
    }

    /** A UserSig alone (no room). */
    public SignInfo forUser(String userId) {
        return forUser(userId, userSigTtlSeconds);
    }

    /** A UserSig alone (no room), valid for the given time instead of the configured one. */
    public SignInfo forUser(String userId, long userSigTtlSeconds) {
        TlsSigner s = signer.get();
        return new SignInfo(s.userSig(userId, userSigTtlSeconds), null, userId, s.sdkAppId());
    }
}

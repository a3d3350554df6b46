package io.roomservice.domain.roomservice;

import io.roomservice.infra.sign.TicketVerdict;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.infra.sign.TlsTicket;
import io.roomservice.infra.sign.TlsTicketVerifier;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.infra.token.TokenService;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * RoomService login: a TRTC UserSig becomes a RoomService session token. RoomService users are
 * TRTC identities, not necessarily aPaaS accounts: an identity is known when the holder of the
 * TRTC key signed a UserSig for it, so the rules are about the UserSig. It must be a plain
 * UserSig (a PrivateMapKey grants room entry, not a login), genuine, for this app and this
 * user, unexpired, not dated ahead of the clock beyond {@link TlsTicketVerifier#MAX_CLOCK_SKEW_SECONDS},
 * and issued after any deletion of the account (every credential issued up to a deletion is dead).
 */
public final class RoomServiceLogins {

    public static final int MAX_USER_ID_LENGTH = TlsSigner.MAX_USER_ID_LENGTH;
    public static final int MAX_USER_SIG_LENGTH = 4096;

    private final Supplier<TlsTicketVerifier> verifier;
    private final LongSupplier sdkAppId;
    private final TokenService tokens;

    public RoomServiceLogins(Supplier<TlsTicketVerifier> verifier, LongSupplier sdkAppId, TokenService tokens) {
        this.verifier = verifier;
        this.sdkAppId = sdkAppId;
        this.tokens = tokens;
    }

    /**
     * A RoomService token for {@code userId}; a RoomRefusal (LOGIN_REFUSED) saying why not. A client that
     * creates its rooms' IM groups itself gets a session that says so, and its rooms get no group from us.
     */
    public String login(String userId, String userSig, Optional<String> claimedSdkAppId, boolean clientMakesImGroups) {
        if (claimedSdkAppId.isPresent() && !claimedSdkAppId.get().equals(Long.toString(sdkAppId.getAsLong()))) {
            throw refused("sdkAppID is not this service's application");
        }
        TicketVerdict verdict = verifier.get().verifyUserSig(userSig);
        if (!verdict.isValid()) {
            throw refused("the UserSig is " + verdict.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        TlsTicket ticket = verdict.ticket().orElseThrow();
        if (!ticket.identifier().equals(userId)) {
            throw refused("the UserSig was issued to another user");
        }
        if (tokens.revokedAt(userId, ticket.issuedAtEpochSecond())) {
            throw refused("the UserSig was issued before the account was deleted");
        }
        return clientMakesImGroups ? tokens.issueForGroupMakingClient(TokenAudience.ROOMSERVICE, userId)
                : tokens.issue(TokenAudience.ROOMSERVICE, userId);
    }

    private static RoomRefusal refused(String why) {
        return new RoomRefusal(RoomRefusal.Reason.LOGIN_REFUSED, "鉴权失败: " + why);
    }
}

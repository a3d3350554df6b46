package io.roomservice.domain.user;

import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.infra.token.TokenService;
import java.time.Clock;

/** Turns a user into a login: a bearer token plus a UserSig of the user's tenant. */
final class Sessions {

    private final TokenService tokens;
    private final Tenants tenants;
    private final Clock clock;
    private final long tokenTtlSeconds;
    private final long userSigTtlSeconds;

    Sessions(TokenService tokens, Tenants tenants, Clock clock, long tokenTtlSeconds, long userSigTtlSeconds) {
        this.tokens = tokens;
        this.tenants = tenants;
        this.clock = clock;
        this.tokenTtlSeconds = tokenTtlSeconds;
        this.userSigTtlSeconds = userSigTtlSeconds;
    }

    /** Signs first, so a misconfigured tenant fails before a token exists. */
    Login issue(User user) {
        TlsSigner signer = tenants.signer(user.tenant());
        String userSig = signer.userSig(user.userId(), userSigTtlSeconds);
        long now = clock.instant().getEpochSecond();
        String token = tokens.issue(TokenAudience.APAAS, user.userId(), tokenTtlSeconds);
        return new Login(user, token, now + tokenTtlSeconds, signer.sdkAppId(), userSig);
    }
}

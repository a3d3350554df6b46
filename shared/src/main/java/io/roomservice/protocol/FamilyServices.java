package io.roomservice.protocol;

import io.roomservice.domain.limits.AbuseLimits;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.infra.token.TokenService;
import io.roomservice.runtime.CorsOrigins;

/**
 * What every family's base class needs around an action, whatever the action does: who the
 * caller is (the tokens this service issues), the limits on abuse, and the origins a browser
 * may call from. The composition root builds one and hands it to every handler.
 */
public final class FamilyServices {

    private final TokenService tokens;
    private final AbuseLimits abuseLimits;
    private final CorsOrigins corsOrigins;

    public FamilyServices(TokenService tokens, AbuseLimits abuseLimits, CorsOrigins corsOrigins) {
        this.tokens = tokens;
        this.abuseLimits = abuseLimits;
        this.corsOrigins = corsOrigins;
    }

    /** Verifies the callers of one family (tokens of another family are refused). */
    public Authenticator authenticator(TokenAudience family) {
        return new Authenticator(tokens, family);
    }

    public AbuseLimits abuseLimits() {
        return abuseLimits;
    }

    public CorsOrigins corsOrigins() {
        return corsOrigins;
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.OAuthAttempt;
import io.roomservice.domain.user.OAuthLogins;
import io.roomservice.domain.user.Tenants;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.ParamException;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;
import java.util.Optional;

/** oauth/signature: logs in with md5(username-tag-ts-nonce-salt) or its HMAC-SHA256 form. */
@Anonymous("a login: the signature is the credential")
public final class ApaasOauthSignature extends ApaasFunction {

    private final Tenants tenants;
    private final OAuthLogins oauth;

    public ApaasOauthSignature() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasOauthSignature(App app) {
        this(app.familyServices(), app.accounts().tenants(), app.accounts().oauth());
    }

    public ApaasOauthSignature(FamilyServices family, Tenants tenants, OAuthLogins oauth) {
        super(family);
        this.tenants = tenants;
        this.oauth = oauth;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Params p = call.params();
        Optional<String> hash = p.optionalText("hash", 16);
        if (hash.isPresent() && !hash.get().equals("md5") && !hash.get().equals("sha256")) {
            throw new ParamException("hash", "hash must be md5 or sha256");
        }
        OAuthAttempt attempt = new OAuthAttempt(
                p.requiredText("username", ApaasProtocol.MAX_USERNAME),
                p.requiredText("signature", 128),
                p.optionalText("tag", ApaasProtocol.MAX_TAG),
                p.optionalText("ts", 20),
                p.optionalText("nonce", 64),
                hash);
        Optional<String> name = p.optionalText("name", ApaasProtocol.MAX_NAME)
                .or(() -> p.optionalText("nickname", ApaasProtocol.MAX_NAME));
        Optional<String> avatar = p.optionalText("avatar", ApaasProtocol.MAX_AVATAR);
        String tenant = tenants.resolve(ApaasProtocol.apaasAppId(p));
        return new ApaasReply("signature ok", ApaasProtocol.login(
                oauth.signature(attempt, call.sourceIp(), tenant, name, avatar)));
    }
}

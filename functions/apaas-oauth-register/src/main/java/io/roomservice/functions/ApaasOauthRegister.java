package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.user.OAuthLogins;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;
import java.util.Map;

/** oauth/register: stores a username's salt (sealed) for signature logins. */
@Anonymous("registration happens before there is an account")
public final class ApaasOauthRegister extends ApaasFunction {

    private final OAuthLogins oauth;

    public ApaasOauthRegister() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasOauthRegister(App app) {
        this(app.familyServices(), app.accounts().oauth());
    }

    public ApaasOauthRegister(FamilyServices family, OAuthLogins oauth) {
        super(family);
        this.oauth = oauth;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Params p = call.params();
        String username = p.requiredText("username", ApaasProtocol.MAX_USERNAME);
        String salt = p.requiredText("salt", 256);
        call.limitByAddress(Limited.REGISTRATIONS);
        oauth.register(username, salt);
        return new ApaasReply("register ok", Map.of("name", username));
    }
}

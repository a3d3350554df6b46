package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.UserAccounts;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;

/** auth_users/user_login_token: a fresh token and UserSig for the holder of a valid token. */
public final class ApaasUserLoginToken extends ApaasFunction {

    private final UserAccounts users;

    public ApaasUserLoginToken() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasUserLoginToken(App app) {
        this(app.familyServices(), app.accounts().users());
    }

    public ApaasUserLoginToken(FamilyServices family, UserAccounts users) {
        super(family);
        this.users = users;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        return new ApaasReply("login done", ApaasProtocol.login(users.loginWithToken(call.caller().userId())));
    }
}

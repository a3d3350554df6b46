package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;

/** auth_users/user_login_token: a fresh token and UserSig for the holder of a valid token. */
public final class ApaasUserLoginToken extends ApaasFunction {

    public ApaasUserLoginToken() {
        this(App.current());
    }

    public ApaasUserLoginToken(App app) {
        super(app);
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        return new ApaasReply("login done", ApaasProtocol.login(app.accounts().users().loginWithToken(call.caller().userId())));
    }
}

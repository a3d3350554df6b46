package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;

/** auth_users/user_logout: revokes the presented token at once. A missing, expired or invalid token is already logged out. */
@Anonymous("a missing, expired or invalid token is already logged out")
public final class ApaasUserLogout extends ApaasFunction {

    public ApaasUserLogout() {
        this(App.current());
    }

    public ApaasUserLogout(App app) {
        super(app);
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        call.endSession().ifPresent(ended -> app.accounts().users().logout(ended.userId()));
        return ApaasReply.message("user logout ok");
    }
}

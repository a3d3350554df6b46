package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.UserAccounts;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;

/** auth_users/user_logout: revokes the presented token at once. A missing, expired or invalid token is already logged out. */
@Anonymous("a missing, expired or invalid token is already logged out")
public final class ApaasUserLogout extends ApaasFunction {

    private final UserAccounts users;

    public ApaasUserLogout() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasUserLogout(App app) {
        this(app.familyServices(), app.accounts().users());
    }

    public ApaasUserLogout(FamilyServices family, UserAccounts users) {
        super(family);
        this.users = users;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        call.endSession().ifPresent(ended -> users.logout(ended.userId()));
        return ApaasReply.message("user logout ok");
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.UserAccounts;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;

/** auth_users/user_delete: deletes the caller's account, revokes all their tokens and takes them out of every room. */
public final class ApaasUserDelete extends ApaasFunction {

    private final UserAccounts users;

    public ApaasUserDelete() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasUserDelete(App app) {
        this(app.familyServices(), app.accounts().users());
    }

    public ApaasUserDelete(FamilyServices family, UserAccounts users) {
        super(family);
        this.users = users;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        users.delete(call.caller().userId());
        return ApaasReply.message("user delete ok");
    }
}

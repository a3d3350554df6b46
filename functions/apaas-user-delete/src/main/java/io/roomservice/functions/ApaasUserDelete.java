package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;

/** auth_users/user_delete: deletes the caller's account, revokes all their tokens and takes them out of every room. */
public final class ApaasUserDelete extends ApaasFunction {

    public ApaasUserDelete() {
        this(App.current());
    }

    public ApaasUserDelete(App app) {
        super(app);
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        app.accounts().users().delete(call.caller().userId());
        return ApaasReply.message("user delete ok");
    }
}

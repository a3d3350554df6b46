package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.UserAccounts;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;
import java.util.LinkedHashMap;
import java.util.Map;

/** auth_users/user_keepalive: records the caller's presence in Redis for the presence TTL (clients call it every 10 s). */
public final class ApaasUserKeepalive extends ApaasFunction {

    private final UserAccounts users;

    public ApaasUserKeepalive() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasUserKeepalive(App app) {
        this(app.familyServices(), app.accounts().users());
    }

    public ApaasUserKeepalive(FamilyServices family, UserAccounts users) {
        super(family);
        this.users = users;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        long at = users.keepalive(caller.userId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userId", caller.userId());
        data.put("updateUtc", ApaasProtocol.utc(at));
        return new ApaasReply("keep alive done", data);
    }
}

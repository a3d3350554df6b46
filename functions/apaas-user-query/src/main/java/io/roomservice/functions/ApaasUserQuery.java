package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.Accounts;
import io.roomservice.domain.user.User;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasException;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;
import java.util.Optional;

/**
 * auth_users/user_query: the caller (with their own phone and e-mail), or another user by
 * searchUserId or searchPhone (public fields only; phone searches are rate-limited).
 */
public final class ApaasUserQuery extends ApaasFunction {

    private final Accounts accounts;

    public ApaasUserQuery() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasUserQuery(App app) {
        this(app.familyServices(), app.accounts());
    }

    public ApaasUserQuery(FamilyServices family, Accounts accounts) {
        super(family);
        this.accounts = accounts;
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.USER_QUERY_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        Params p = call.params();
        Optional<String> searchUserId = p.optionalText("searchUserId", ApaasCall.MAX_USER_ID);
        Optional<String> searchPhone = p.optionalText("searchPhone", ApaasProtocol.MAX_PHONE);
        if (searchUserId.isPresent() && searchPhone.isPresent()) {
            throw new ApaasException(ApaasCode.USER_QUERY_PARAMS, "send searchUserId or searchPhone, not both");
        }
        User user;
        if (searchUserId.isPresent()) {
            user = accounts.users().byId(searchUserId.get());
        } else if (searchPhone.isPresent()) {
            user = accounts.users().byPhone(caller.userId(), accounts.phone(searchPhone.get()));
        } else {
            user = accounts.users().self(caller.userId());
        }
        return new ApaasReply("query done", ApaasProtocol.user(user, user.userId().equals(caller.userId())));
    }
}

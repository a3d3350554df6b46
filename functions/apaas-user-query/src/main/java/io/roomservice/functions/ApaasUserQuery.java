package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.User;
import io.roomservice.protocol.Caller;
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

    public ApaasUserQuery() {
        this(App.current());
    }

    public ApaasUserQuery(App app) {
        super(app);
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
            user = app.accounts().users().byId(searchUserId.get());
        } else if (searchPhone.isPresent()) {
            user = app.accounts().users().byPhone(caller.userId(), app.accounts().phone(searchPhone.get()));
        } else {
            user = app.accounts().users().self(caller.userId());
        }
        return new ApaasReply("query done", ApaasProtocol.user(user, user.userId().equals(caller.userId())));
    }
}

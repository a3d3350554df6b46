package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.Accounts;
import io.roomservice.domain.user.Contact;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;

/** auth_users/user_login_code: exchanges phone/email + sessionId + code for a login; new users are created. */
@Anonymous("a login: the code is the credential")
public final class ApaasUserLoginCode extends ApaasFunction {

    private final Accounts accounts;

    public ApaasUserLoginCode() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasUserLoginCode(App app) {
        this(app.familyServices(), app.accounts());
    }

    public ApaasUserLoginCode(FamilyServices family, Accounts accounts) {
        super(family);
        this.accounts = accounts;
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.USER_CODE_INVALID;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Params p = call.params();
        Contact contact = ApaasProtocol.contact(p, accounts);
        String sessionId = p.requiredText("sessionId", 64);
        String code = p.requiredText("code", 16);
        return new ApaasReply("login done", ApaasProtocol.login(
                accounts.codes().login(contact, sessionId, code, p.optionalText("tag", ApaasProtocol.MAX_TAG))));
    }
}

package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.Accounts;
import io.roomservice.domain.user.Contact;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;
import java.util.Map;

/**
 * auth_users/user_send_code (also at the demo apps' user_verify_by_picture): sends a
 * 6-digit login code by SMS or e-mail and answers the sessionId the login must quote. With a
 * captcha configured, the client first sends the captcha's {@code ticket} and {@code randstr}.
 */
@Anonymous("sends the login code to someone not yet logged in")
public final class ApaasUserSendCode extends ApaasFunction {

    private static final int MAX_TICKET = 4096;
    private static final int MAX_RANDSTR = 128;

    private final Accounts accounts;

    public ApaasUserSendCode() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasUserSendCode(App app) {
        this(app.familyServices(), app.accounts());
    }

    public ApaasUserSendCode(FamilyServices family, Accounts accounts) {
        super(family);
        this.accounts = accounts;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Params p = call.params();
        Contact contact = ApaasProtocol.contact(p, accounts);
        String tenant = accounts.tenants().resolve(ApaasProtocol.apaasAppId(p));
        String sessionId = accounts.codes().send(contact, tenant, call.sourceIp(),
                p.optionalText("ticket", MAX_TICKET), p.optionalText("randstr", MAX_RANDSTR));
        return new ApaasReply("send code ok", Map.of("sessionId", sessionId));
    }
}

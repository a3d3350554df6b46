package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.Contact;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;
import java.util.Map;

/**
 * auth_users/user_send_code (also at the demo apps' user_verify_by_picture): sends a
 * 6-digit login code by SMS or e-mail and answers the sessionId the login must quote.
 */
public final class ApaasUserSendCode extends ApaasFunction {

    public ApaasUserSendCode() {
        this(App.current());
    }

    public ApaasUserSendCode(App app) {
        super(app);
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Contact contact = ApaasProtocol.contact(call.params(), app.accounts());
        String tenant = app.accounts().tenants().resolve(ApaasProtocol.apaasAppId(call.params()));
        String sessionId = app.accounts().codes().send(contact, tenant, call.sourceIp());
        return new ApaasReply("send code ok", Map.of("sessionId", sessionId));
    }
}

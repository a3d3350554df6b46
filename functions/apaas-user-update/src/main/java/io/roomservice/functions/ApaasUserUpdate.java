package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.user.ProfileChange;
import io.roomservice.domain.user.UserAccounts;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.ParamException;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasProtocol;
import io.roomservice.protocol.apaas.ApaasReply;
import java.util.Optional;

/** auth_users/user_update: sets the caller's name (at most 125 characters, emoji welcome), tag, tag2 or avatar. */
public final class ApaasUserUpdate extends ApaasFunction {

    private final UserAccounts users;

    public ApaasUserUpdate() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasUserUpdate(App app) {
        this(app.familyServices(), app.accounts().users());
    }

    public ApaasUserUpdate(FamilyServices family, UserAccounts users) {
        super(family);
        this.users = users;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        Params p = call.params();
        Optional<String> avatar = p.optionalText("avatar", ApaasProtocol.MAX_AVATAR);
        if (avatar.isPresent() && !avatar.get().startsWith("https://") && !avatar.get().startsWith("http://")) {
            throw new ParamException("avatar", "avatar must be an http(s) URL");
        }
        ProfileChange change = new ProfileChange(
                p.optionalText("name", ApaasProtocol.MAX_NAME),
                p.optionalText("tag", ApaasProtocol.MAX_TAG),
                p.optionalText("tag2", ApaasProtocol.MAX_TAG),
                avatar);
        users.update(caller.userId(), change);
        return ApaasReply.message("update ok");
    }
}

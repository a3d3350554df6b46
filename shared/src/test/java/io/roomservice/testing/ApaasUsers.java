package io.roomservice.testing;

import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.OAuthAttempt;
import io.roomservice.infra.sign.Digests;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Test users of the aPaaS family, registered and logged in through the real OAuth path. */
public final class ApaasUsers {

    private ApaasUsers() {
    }

    /** The original client's signature: md5("username-tag-ts-nonce-salt"). */
    public static String md5Signature(String username, String tag, String ts, String nonce, String salt) {
        return Digests.lowerHex(Digests.md5((username + "-" + tag + "-" + ts + "-" + nonce + "-" + salt)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** Registers {@code username} with a random salt and logs in once. */
    public static Login signUp(App app, String username) {
        String salt = TestApps.randomHex(16);
        app.accounts().oauth().register(username, salt);
        OAuthAttempt attempt = new OAuthAttempt(username, md5Signature(username, "", "", "", salt),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return app.accounts().oauth().signature(attempt, "10.9.9.9", "", Optional.empty(), Optional.empty());
    }
}

package io.roomservice.protocol.apaas;

import io.roomservice.domain.user.Accounts;
import io.roomservice.domain.user.Contact;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.User;
import io.roomservice.protocol.ParamException;
import io.roomservice.protocol.Params;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Parameters and reply fields shared by the aPaaS user endpoints, with the demo apps' field names. */
public final class ApaasProtocol {

    public static final int MAX_NAME = 125;
    public static final int MAX_TAG = 32;
    public static final int MAX_AVATAR = 512;
    public static final int MAX_USERNAME = 128;
    public static final int MAX_PHONE = 32;
    public static final int MAX_EMAIL = 128;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private ApaasProtocol() {
    }

    public static Optional<String> apaasAppId(Params params) {
        return params.optionalText("apaasAppId", 32);
    }

    /** Exactly one of {@code phone} (normalised to +CC form) and {@code email}. */
    public static Contact contact(Params params, Accounts accounts) {
        Optional<String> phone = params.optionalText("phone", MAX_PHONE);
        Optional<String> email = params.optionalText("email", MAX_EMAIL);
        if (phone.isPresent() == email.isPresent()) {
            throw new ParamException("phone", "send phone or email (one of them)");
        }
        return phone.isPresent() ? accounts.phone(phone.get()) : Contact.email(email.get());
    }

    /** What every login answers: identity, token, its expiry and the TRTC credentials, plus the profile. */
    public static Map<String, Object> login(Login login) {
        User user = login.user();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userId", user.userId());
        data.put("apaasUserId", user.userId());
        if (!user.tenant().isEmpty()) {
            data.put("apaasAppId", user.tenant());
        }
        data.put("sdkAppId", login.sdkAppId());
        data.put("sdkUserSig", login.userSig());
        data.put("userSig", login.userSig());
        data.put("token", login.token());
        data.put("expire", utc(login.expiresAtSeconds() * 1000));
        data.put("phone", user.phone().orElse(""));
        data.put("email", user.email().orElse(""));
        data.put("name", user.name());
        data.put("avatar", user.avatar());
        return data;
    }

    /** A user as user_query shows them: phone and e-mail only to themselves. */
    public static Map<String, Object> user(User user, boolean self) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userId", user.userId());
        data.put("apaasUserId", user.userId());
        data.put("name", user.name());
        data.put("avatar", user.avatar());
        data.put("tag", user.tag().orElse(null));
        data.put("tag2", user.tag2().orElse(null));
        if (self) {
            data.put("phone", user.phone().orElse(""));
            data.put("email", user.email().orElse(""));
        }
        return data;
    }

    /** A time as the original writes it: UTC {@code YYYY-MM-DD HH:mm:ss}. */
    public static String utc(long epochMillis) {
        return UTC.format(Instant.ofEpochMilli(epochMillis));
    }
}

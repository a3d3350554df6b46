package io.roomservice.domain.user;

import static io.roomservice.config.SettingsCatalogue.APAAS_CODE_MAX_ATTEMPTS;
import static io.roomservice.config.SettingsCatalogue.APAAS_CODE_SENDS_PER_IP;
import static io.roomservice.config.SettingsCatalogue.APAAS_CODE_SENDS_PER_TARGET;
import static io.roomservice.config.SettingsCatalogue.APAAS_CODE_SEND_WINDOW_SECONDS;
import static io.roomservice.config.SettingsCatalogue.APAAS_CODE_TTL_SECONDS;
import static io.roomservice.config.SettingsCatalogue.APAAS_DEFAULT_COUNTRY_CODE;
import static io.roomservice.config.SettingsCatalogue.APAAS_MULTI_TENANT;
import static io.roomservice.config.SettingsCatalogue.APAAS_OAUTH_FAILURE_WINDOW_SECONDS;
import static io.roomservice.config.SettingsCatalogue.APAAS_OAUTH_MAX_FAILURES;
import static io.roomservice.config.SettingsCatalogue.APAAS_OAUTH_MAX_FAILURES_PER_IP;
import static io.roomservice.config.SettingsCatalogue.APAAS_OAUTH_REQUIRE_TS_NONCE;
import static io.roomservice.config.SettingsCatalogue.APAAS_OAUTH_TS_WINDOW_SECONDS;
import static io.roomservice.config.SettingsCatalogue.APAAS_PHONE_SEARCHES_PER_HOUR;
import static io.roomservice.config.SettingsCatalogue.APAAS_PRESENCE_TTL_SECONDS;
import static io.roomservice.config.SettingsCatalogue.APAAS_SALT_KEY;
import static io.roomservice.config.SettingsCatalogue.USER_SIG_TTL_SECONDS;

import io.roomservice.config.Settings;
import io.roomservice.domain.limits.RateLimits;
import io.roomservice.domain.room.LivenessIndex;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.token.TokenService;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The aPaaS account services of one instance, wired from the settings (see docs/configuration.md, the aPaaS sections). */
public final class Accounts {

    private static final int MAX_CACHED_TENANTS = 100_000;

    private final Tenants tenants;
    private final OAuthLogins oauth;
    private final CodeLogins codes;
    private final UserAccounts users;
    private final Presence presence;
    private final String defaultCountryCode;
    private final boolean multiTenant;
    private final UserStore store;
    private final Map<String, String> tenantOfUser = new ConcurrentHashMap<>();

    /**
     * {@code redis} only builds {@link Presence}, which moves behind an interface with the room
     * stores (issue 15); everything else here reaches its storage through {@code store},
     * {@code tenantStore} and {@code limiter}.
     */
    public Accounts(Settings settings, UserStore store, TenantStore tenantStore, RateLimits limiter, LivenessIndex liveness,
            TokenService tokens, UserRooms rooms, MemberRooms memberRooms, Clock clock, CodeSender sms, CodeSender email,
            CaptchaCheck captcha) {
        this.multiTenant = settings.flag(APAAS_MULTI_TENANT);
        Supplier<SecretBox> secretBox = OAuthLogins.saltBox(settings.values().given(APAAS_SALT_KEY));
        this.tenants = new Tenants(settings, tenantStore, clock, multiTenant, secretBox);
        this.store = store;
        Sessions sessions = new Sessions(tokens, tenants, clock, settings.tokenTtlSeconds(),
                settings.seconds(USER_SIG_TTL_SECONDS));
        this.oauth = new OAuthLogins(store, secretBox, limiter, sessions, clock,
                new OAuthLogins.OAuthPolicy(
                        settings.seconds(APAAS_OAUTH_TS_WINDOW_SECONDS),
                        settings.flag(APAAS_OAUTH_REQUIRE_TS_NONCE),
                        settings.integer(APAAS_OAUTH_MAX_FAILURES),
                        settings.integer(APAAS_OAUTH_MAX_FAILURES_PER_IP),
                        settings.seconds(APAAS_OAUTH_FAILURE_WINDOW_SECONDS)));
        this.codes = new CodeLogins(store, sms, email, captcha, limiter, sessions, clock,
                new CodeLogins.CodePolicy(
                        settings.seconds(APAAS_CODE_TTL_SECONDS),
                        settings.integer(APAAS_CODE_MAX_ATTEMPTS),
                        settings.integer(APAAS_CODE_SENDS_PER_TARGET),
                        settings.integer(APAAS_CODE_SENDS_PER_IP),
                        settings.seconds(APAAS_CODE_SEND_WINDOW_SECONDS)));
        this.presence = new Presence(liveness, clock, settings.seconds(APAAS_PRESENCE_TTL_SECONDS), memberRooms);
        this.users = new UserAccounts(store, rooms, tokens, presence, sessions, limiter, clock,
                settings.integer(APAAS_PHONE_SEARCHES_PER_HOUR));
        this.defaultCountryCode = settings.text(APAAS_DEFAULT_COUNTRY_CODE).orElseThrow();
    }

    /**
     * The tenant a user belongs to ('' without multi-tenancy). A user never changes tenant,
     * so the answer is cached; the cache is dropped whole when it grows large.
     */
    public String tenantOf(String userId) {
        if (!multiTenant) {
            return "";
        }
        if (tenantOfUser.size() > MAX_CACHED_TENANTS) {
            tenantOfUser.clear();
        }
        return tenantOfUser.computeIfAbsent(userId, id -> store.find(id).map(User::tenant).orElse(""));
    }

    public Tenants tenants() {
        return tenants;
    }

    public OAuthLogins oauth() {
        return oauth;
    }

    public CodeLogins codes() {
        return codes;
    }

    public UserAccounts users() {
        return users;
    }

    public Presence presence() {
        return presence;
    }

    /** A phone number as the user typed it, in +CC form. */
    public Contact phone(String raw) {
        return Contact.phone(raw, defaultCountryCode);
    }
}

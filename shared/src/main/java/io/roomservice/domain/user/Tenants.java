package io.roomservice.domain.user;

import io.roomservice.config.Settings;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.runtime.Lazy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Which TRTC application signs for a user. Without multi-tenancy there is one tenant, from
 * TRTC_SDK_APP_ID / TRTC_SECRET_KEY, and apaasAppId is ignored. With APAAS_MULTI_TENANT on,
 * a given apaasAppId must name a row of apaas_tenants; rows are cached for a minute. A row's
 * secret_key is sealed with APAAS_SALT_KEY ({@link #seal}); a plain-text key from before
 * sealing still works and is reported once in the log.
 */
public final class Tenants {

    private static final Logger LOG = Logger.getLogger(Tenants.class.getName());
    private static final long CACHE_MILLIS = 60_000;
    private static final String SEALED = "sealed:";

    private final Settings settings;
    private final TenantStore store;
    private final Clock clock;
    private final boolean multiTenant;
    private final Supplier<SecretBox> secretBox;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Set<String> plainTextReported = ConcurrentHashMap.newKeySet();
    private final Lazy<TlsSigner> defaultSigner;

    Tenants(Settings settings, TenantStore store, Clock clock, boolean multiTenant, Supplier<SecretBox> secretBox) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.multiTenant = multiTenant;
        this.secretBox = secretBox;
        this.defaultSigner = Lazy.of(() -> new TlsSigner(settings.trtc().sdkAppId(), settings.trtc().secretKey()));
    }

    /** The value to store in apaas_tenants.secret_key for this tenant's TRTC secret key. */
    public static String seal(SecretBox box, String appId, String secretKey) {
        return SEALED + Base64.getUrlEncoder().withoutPadding().encodeToString(box.seal(secretKey, sealedFor(appId)));
    }

    /** Binds a sealed key to its row, so sealed values cannot be moved between tenants. */
    private static String sealedFor(String appId) {
        return "apaas_tenants:" + appId;
    }

    private String secretKey(String appId, String stored) {
        if (!stored.startsWith(SEALED)) {
            if (plainTextReported.add(appId)) {
                LOG.warning("apaas_tenants row " + appId + " keeps its secret_key in plain text; store it sealed (see docs/operations.md, Configuration)");
            }
            return stored;
        }
        byte[] box;
        try {
            box = Base64.getUrlDecoder().decode(stored.substring(SEALED.length()).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the sealed secret_key of tenant " + appId + " is damaged");
        }
        return secretBox.get().open(box, sealedFor(appId));
    }

    /** The tenant a login names; the default tenant when none is named or multi-tenancy is off. */
    public String resolve(Optional<String> apaasAppId) {
        if (!multiTenant || apaasAppId.isEmpty()) {
            return "";
        }
        lookup(apaasAppId.get());
        return apaasAppId.get();
    }

    /** The signer of a tenant; a ConfigException when the default tenant's TRTC settings are missing. */
    TlsSigner signer(String tenant) {
        if (tenant.isEmpty() || !multiTenant) {
            return defaultSigner.get();
        }
        return lookup(tenant).signer;
    }

    private Cached lookup(String appId) {
        long now = clock.millis();
        Cached hit = cache.get(appId);
        if (hit != null && now - hit.loadedAt < CACHE_MILLIS) {
            return hit;
        }
        Cached loaded = store.find(appId)
                .map(row -> new Cached(new TlsSigner(row.sdkAppId, secretKey(appId, row.storedSecretKey)), now))
                .orElse(null);
        if (loaded == null) {
            cache.remove(appId);
            throw new AccountException(AccountException.Reason.UNKNOWN_TENANT, "unknown apaasAppId");
        }
        cache.put(appId, loaded);
        return loaded;
    }

    private static final class Cached {
        final TlsSigner signer;
        final long loadedAt;

        Cached(TlsSigner signer, long loadedAt) {
            this.signer = signer;
            this.loadedAt = loadedAt;
        }
    }
}

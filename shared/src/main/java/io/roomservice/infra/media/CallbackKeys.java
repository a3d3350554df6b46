package io.roomservice.infra.media;

import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Which key signs an app's TRTC callbacks, and which tenant's rooms its room ids name. The
 * default app (TRTC_SDK_APP_ID) has the key of TRTC_CALLBACK_KEY and the default tenant ('').
 * A tenant with its own SDKAppID (a row of apaas_tenants) has its key in trtc_callback_keys,
 * sealed with APAAS_SALT_KEY and bound to its SDKAppID ({@link #seal}); rows are cached for a
 * minute. An app with neither has no key: its callbacks are refused.
 */
public final class CallbackKeys {

    private static final Logger LOG = Logger.getLogger(CallbackKeys.class.getName());
    private static final long CACHE_MILLIS = 60_000;

    private final Database db;
    private final Clock clock;
    private final Optional<Long> defaultSdkAppId;
    private final Optional<String> defaultKey;
    private final Optional<SecretBox> box;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    public CallbackKeys(Database db, Clock clock, Optional<Long> defaultSdkAppId, Optional<String> defaultKey, Optional<SecretBox> box) {
        this.db = db;
        this.clock = clock;
        this.defaultSdkAppId = defaultSdkAppId;
        this.defaultKey = defaultKey;
        this.box = box;
    }

    /** The value to store in trtc_callback_keys.sealed_key for this app's callback key. */
    public static byte[] seal(SecretBox box, long sdkAppId, String callbackKey) {
        return box.seal(callbackKey, sealedFor(sdkAppId));
    }

    private static String sealedFor(long sdkAppId) {
        return "trtc_callback_keys:" + sdkAppId;
    }

    private boolean isDefault(long sdkAppId) {
        return defaultSdkAppId.isPresent() && defaultSdkAppId.get() == sdkAppId;
    }

    /** The app's callback key; empty when it has none here. */
    public Optional<String> keyOf(long sdkAppId) {
        return isDefault(sdkAppId) ? defaultKey : lookup(sdkAppId).key;
    }

    /** The tenant (rooms' scope) an app's room ids belong to: '' for the default app; empty for an app of no tenant. */
    public Optional<String> scopeOf(long sdkAppId) {
        return isDefault(sdkAppId) ? Optional.of("") : lookup(sdkAppId).scope;
    }

    private Cached lookup(long sdkAppId) {
        long now = clock.millis();
        Cached hit = cache.get(sdkAppId);
        if (hit != null && now - hit.loadedAt < CACHE_MILLIS) {
            return hit;
        }
        Cached loaded = db.read(c -> {
            Optional<byte[]> sealed = Sql.one(c, "SELECT sealed_key FROM trtc_callback_keys WHERE sdk_app_id = ?",
                    rs -> rs.getBytes(1), sdkAppId);
            Optional<String> scope = Sql.one(c, "SELECT app_id FROM apaas_tenants WHERE sdk_app_id = ? ORDER BY app_id LIMIT 1",
                    rs -> rs.getString(1), sdkAppId);
            return new Cached(sealed.flatMap(k -> open(sdkAppId, k)), scope, now);
        });
        cache.put(sdkAppId, loaded);
        return loaded;
    }

    /** A key that does not open (another deployment's APAAS_SALT_KEY, a row moved to another app) counts as none. */
    private Optional<String> open(long sdkAppId, byte[] sealed) {
        if (box.isEmpty()) {
            LOG.warning("trtc_callback_keys has a key for app " + sdkAppId + " but APAAS_SALT_KEY is not set");
            return Optional.empty();
        }
        try {
            return Optional.of(box.get().open(sealed, sealedFor(sdkAppId)));
        } catch (IllegalStateException e) {
            LOG.warning("the callback key of app " + sdkAppId + " cannot be opened: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static final class Cached {
        final Optional<String> key;
        final Optional<String> scope;
        final long loadedAt;

        Cached(Optional<String> key, Optional<String> scope, long loadedAt) {
            this.key = key;
            this.scope = scope;
            this.loadedAt = loadedAt;
        }
    }
}

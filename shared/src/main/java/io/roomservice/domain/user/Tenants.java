package io.roomservice.domain.user;

import io.roomservice.config.Settings;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.sign.TlsSigner;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which TRTC application signs for a user. Without multi-tenancy there is one tenant, from
 * TRTC_SDK_APP_ID / TRTC_SECRET_KEY, and apaasAppId is ignored. With APAAS_MULTI_TENANT on,
 * a given apaasAppId must name a row of apaas_tenants; rows are cached for a minute.
 */
public final class Tenants {

    private static final long CACHE_MILLIS = 60_000;

    private final Settings settings;
    private final Database db;
    private final Clock clock;
    private final boolean multiTenant;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile TlsSigner defaultSigner;

    Tenants(Settings settings, Database db, Clock clock, boolean multiTenant) {
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.multiTenant = multiTenant;
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
            TlsSigner s = defaultSigner;
            if (s == null) {
                s = new TlsSigner(settings.trtc().sdkAppId(), settings.trtc().secretKey());
                defaultSigner = s;
            }
            return s;
        }
        return lookup(tenant).signer;
    }

    private Cached lookup(String appId) {
        long now = clock.millis();
        Cached hit = cache.get(appId);
        if (hit != null && now - hit.loadedAt < CACHE_MILLIS) {
            return hit;
        }
        Cached loaded = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sdk_app_id, secret_key FROM apaas_tenants WHERE app_id = ?")) {
                ps.setString(1, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Cached(new TlsSigner(rs.getLong(1), rs.getString(2)), now) : null;
                }
            }
        });
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

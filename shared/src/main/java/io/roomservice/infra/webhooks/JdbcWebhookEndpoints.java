package io.roomservice.infra.webhooks;

import io.roomservice.domain.webhooks.WebhookEndpoint;
import io.roomservice.domain.webhooks.WebhookEndpoints;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Each tenant's receiver. The deployment's own tenant ('') has WEBHOOK_URL and
 * WEBHOOK_SIGNING_KEY; an aPaaS tenant has a row of webhook_endpoints whose key is sealed
 * with APAAS_SALT_KEY and bound to the tenant ({@link #seal}). Rows are cached for a minute,
 * so a changed endpoint is used within a minute on every instance.
 */
public final class JdbcWebhookEndpoints implements WebhookEndpoints {

    private static final Logger LOG = Logger.getLogger(JdbcWebhookEndpoints.class.getName());
    private static final long CACHE_MILLIS = 60_000;
    private static final String DEFAULT_TENANT = "";

    private final Database db;
    private final Clock clock;
    private final Optional<WebhookEndpoint> deploymentEndpoint;
    private final Optional<SecretBox> box;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public JdbcWebhookEndpoints(Database db, Clock clock, Optional<String> url, Optional<String> signingKey, Optional<SecretBox> box) {
        this.db = db;
        this.clock = clock;
        this.box = box;
        if (url.isPresent() && signingKey.isEmpty()) {
            LOG.warning("WEBHOOK_URL is set but WEBHOOK_SIGNING_KEY is not: the deployment's events are dropped");
        }
        this.deploymentEndpoint = url.flatMap(u -> signingKey.map(k -> new WebhookEndpoint(u, k)));
    }

    /** The value to store in webhook_endpoints.sealed_key for this tenant's signing key. */
    public static byte[] seal(SecretBox box, String tenant, String signingKey) {
        return box.seal(signingKey, sealedFor(tenant));
    }

    private static String sealedFor(String tenant) {
        return "webhook_endpoints:" + tenant;
    }

    @Override
    public Optional<WebhookEndpoint> of(String tenant) {
        if (DEFAULT_TENANT.equals(tenant)) {
            return deploymentEndpoint;
        }
        long now = clock.millis();
        Cached hit = cache.get(tenant);
        if (hit != null && now - hit.loadedAt < CACHE_MILLIS) {
            return hit.endpoint;
        }
        Optional<WebhookEndpoint> loaded = db.read(c -> Sql.one(c, "SELECT url, sealed_key FROM webhook_endpoints WHERE tenant = ?",
                rs -> new Stored(rs.getString(1), rs.getBytes(2)), tenant)).flatMap(s -> open(tenant, s));
        cache.put(tenant, new Cached(loaded, now));
        return loaded;
    }

    /** A key that does not open (another deployment's APAAS_SALT_KEY, a row copied to another tenant) counts as no endpoint. */
    private Optional<WebhookEndpoint> open(String tenant, Stored stored) {
        if (box.isEmpty()) {
            LOG.warning("webhook_endpoints has an endpoint for tenant '" + tenant + "' but APAAS_SALT_KEY is not set");
            return Optional.empty();
        }
        try {
            return Optional.of(new WebhookEndpoint(stored.url, box.get().open(stored.sealedKey, sealedFor(tenant))));
        } catch (IllegalStateException e) {
            LOG.warning("the webhook key of tenant '" + tenant + "' cannot be opened: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static final class Stored {
        final String url;
        final byte[] sealedKey;

        Stored(String url, byte[] sealedKey) {
            this.url = url;
            this.sealedKey = sealedKey;
        }
    }

    private static final class Cached {
        final Optional<WebhookEndpoint> endpoint;
        final long loadedAt;

        Cached(Optional<WebhookEndpoint> endpoint, long loadedAt) {
            this.endpoint = endpoint;
            this.loadedAt = loadedAt;
        }
    }
}

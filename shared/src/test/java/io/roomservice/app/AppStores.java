package io.roomservice.app;

import io.roomservice.infra.db.Database;
import io.roomservice.infra.redis.Redis;

/**
 * Test-only access to an App's own database pool and Redis, for tests that look at or
 * prepare stored state directly. The App exposes no such handle to production code.
 */
public final class AppStores {

    private AppStores() {
    }

    public static Database database(App app) {
        return app.database();
    }

    public static Redis redis(App app) {
        return app.redis();
    }
}

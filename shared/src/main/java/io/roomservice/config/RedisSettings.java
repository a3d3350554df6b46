package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.REDIS_HOST;
import static io.roomservice.config.SettingsCatalogue.REDIS_PASSWORD;
import static io.roomservice.config.SettingsCatalogue.REDIS_POOL_SIZE;
import static io.roomservice.config.SettingsCatalogue.REDIS_PORT;
import static io.roomservice.config.SettingsCatalogue.REDIS_URL;

import java.net.URI;
import java.util.List;

/** How to reach Redis: REDIS_URL (redis://[:password@]host:port[/db]), or REDIS_HOST with REDIS_PORT and REDIS_PASSWORD. */
public final class RedisSettings {

    private final String host;
    private final int port;
    private final String password;
    private final int database;
    private final int poolSize;

    private RedisSettings(String host, int port, String password, int database, int poolSize) {
        this.host = host;
        this.port = port;
        this.password = password;
        this.database = database;
        this.poolSize = poolSize;
    }

    static RedisSettings from(SettingValues values, List<String> problems) {
        int pool = values.integer(REDIS_POOL_SIZE);
        if (values.isSet(REDIS_URL)) {
            try {
                URI uri = URI.create(values.given(REDIS_URL).get());
                if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                String password = null;
                if (uri.getUserInfo() != null) {
                    String info = uri.getUserInfo();
                    password = info.substring(info.indexOf(':') + 1);
                }
                String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
                int db = path.isEmpty() ? 0 : Integer.parseInt(path);
                return new RedisSettings(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379, password, db, pool);
            } catch (IllegalArgumentException e) {
                problems.add("REDIS_URL must look like redis://[:password@]host:port[/db]");
                return null;
            }
        }
        if (values.isSet(REDIS_HOST)) {
            return new RedisSettings(values.given(REDIS_HOST).get(), values.integer(REDIS_PORT), values.given(REDIS_PASSWORD).orElse(null),
                    0, pool);
        }
        if (!values.isRejected(REDIS_URL) && !values.isRejected(REDIS_HOST)) {
            problems.add("REDIS_URL (or REDIS_HOST) is not set");
        }
        return null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Null when Redis needs no password. */
    public String password() {
        return password;
    }

    public int database() {
        return database;
    }

    public int poolSize() {
        return poolSize;
    }
}

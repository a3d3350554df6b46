package io.roomservice.config;

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

    static RedisSettings from(Config config, List<String> problems) {
        int pool = (int) Math.min(Settings.positiveLong(config, "REDIS_POOL_SIZE", 2, problems), 64);
        if (config.has("REDIS_URL")) {
            try {
                URI uri = URI.create(config.get("REDIS_URL").get());
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
        if (config.has("REDIS_HOST")) {
            int port;
            try {
                port = Integer.parseInt(config.get("REDIS_PORT", "6379"));
            } catch (NumberFormatException e) {
                problems.add("REDIS_PORT must be a number");
                return null;
            }
            return new RedisSettings(config.get("REDIS_HOST").get(), port, config.get("REDIS_PASSWORD").orElse(null), 0, pool);
        }
        problems.add("REDIS_URL (or REDIS_HOST) is not set");
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

package io.roomservice.config;

import java.util.List;

/** How to reach MySQL: DB_URL, or DB_HOST with DB_PORT and DB_NAME; DB_USER and DB_PASSWORD. */
public final class DatabaseSettings {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int poolSize;

    private DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.poolSize = poolSize;
    }

    static DatabaseSettings from(Config config, List<String> problems) {
        String url = config.get("DB_URL").orElse(null);
        if (url == null && config.has("DB_HOST")) {
            url = "jdbc:mysql://" + config.get("DB_HOST").get() + ":" + config.get("DB_PORT", "3306")
                    + "/" + config.get("DB_NAME", "roomservice");
        }
        if (url == null) {
            problems.add("DB_URL (or DB_HOST) is not set");
            return null;
        }
        if (!url.startsWith("jdbc:mysql://")) {
            problems.add("DB_URL must start with jdbc:mysql://");
            return null;
        }
        long pool = Settings.positiveLong(config, "DB_POOL_SIZE", 2, problems);
        return new DatabaseSettings(url, config.get("DB_USER", "root"), config.get("DB_PASSWORD", ""), (int) Math.min(pool, 64));
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The database the URL names ({@code jdbc:mysql://host:port/<name>?...}). */
    public String databaseName() {
        String rest = jdbcUrl.substring("jdbc:mysql://".length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String name = rest.substring(slash + 1);
        int query = name.indexOf('?');
        return query < 0 ? name : name.substring(0, query);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** One request at a time per SCF instance, so 2 is plenty there; the local gateway raises it. */
    public int poolSize() {
        return poolSize;
    }
}

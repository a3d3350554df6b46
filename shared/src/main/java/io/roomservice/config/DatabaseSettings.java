package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.DB_HOST;
import static io.roomservice.config.SettingsCatalogue.DB_NAME;
import static io.roomservice.config.SettingsCatalogue.DB_PASSWORD;
import static io.roomservice.config.SettingsCatalogue.DB_POOL_SIZE;
import static io.roomservice.config.SettingsCatalogue.DB_PORT;
import static io.roomservice.config.SettingsCatalogue.DB_URL;
import static io.roomservice.config.SettingsCatalogue.DB_USER;

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

    static DatabaseSettings from(SettingValues values, List<String> problems) {
        String url = values.given(DB_URL).orElse(null);
        if (url == null && values.isSet(DB_HOST)) {
            url = "jdbc:mysql://" + values.given(DB_HOST).get() + ":" + values.number(DB_PORT) + "/" + values.text(DB_NAME).get();
        }
        if (url == null) {
            if (!values.isRejected(DB_URL) && !values.isRejected(DB_HOST)) {
                problems.add("DB_URL (or DB_HOST) is not set");
            }
            return null;
        }
        return new DatabaseSettings(url, values.text(DB_USER).get(), values.given(DB_PASSWORD).orElse(""), values.integer(DB_POOL_SIZE));
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

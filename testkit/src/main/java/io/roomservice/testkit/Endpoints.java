package io.roomservice.testkit;

/** Where the tests' MariaDB/MySQL and Redis listen, and how to log in. */
public final class Endpoints {

    private final JdbcUrl server;
    private final String dbUser;
    private final String dbPassword;
    private final String redisUrl;

    Endpoints(JdbcUrl server, String dbUser, String dbPassword, String redisUrl) {
        this.server = server;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.redisUrl = redisUrl;
    }

    /**
     * {@code jdbc:mysql://host:port/<database>?<parameters>}: the parameters of a configured
     * {@code DB_URL}, or {@code useSSL=false&allowPublicKeyRetrieval=true} when it has none.
     */
    public String jdbcUrl(String database) {
        return server.forDatabase(database);
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    /** {@code redis://host:port} */
    public String redisUrl() {
        return redisUrl;
    }

    @Override
    public String toString() {
        return "Endpoints[db=" + jdbcUrl("") + ", dbUser=" + dbUser + ", redis=" + redisUrl + "]";
    }
}

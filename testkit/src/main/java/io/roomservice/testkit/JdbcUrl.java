package io.roomservice.testkit;

/**
 * A MySQL JDBC URL taken apart into its server part ({@code jdbc:mysql://host:port}) and its
 * parameters, so the same server can be addressed with any database name.
 */
final class JdbcUrl {

    /** Used when the configured URL has no parameters of its own. */
    static final String DEFAULT_PARAMETERS = "useSSL=false&allowPublicKeyRetrieval=true";

    private final String server;
    private final String parameters;

    private JdbcUrl(String server, String parameters) {
        this.server = server;
        this.parameters = parameters;
    }

    static JdbcUrl parse(String url) {
        int authorityStart = url.indexOf("://");
        if (!url.startsWith("jdbc:") || authorityStart < 0) {
            throw new IllegalArgumentException("Not a JDBC URL of the form jdbc:mysql://host:port/db: " + url);
        }
        authorityStart += "://".length();
        int queryStart = url.indexOf('?', authorityStart);
        String withoutQuery = queryStart < 0 ? url : url.substring(0, queryStart);
        String parameters = queryStart < 0 ? "" : url.substring(queryStart + 1);
        int pathStart = withoutQuery.indexOf('/', authorityStart);
        String server = pathStart < 0 ? withoutQuery : withoutQuery.substring(0, pathStart);
        return new JdbcUrl(server, parameters.isEmpty() ? DEFAULT_PARAMETERS : parameters);
    }

    /** The URL of {@code database} on this server; an empty name addresses the server itself. */
    String forDatabase(String database) {
        return server + "/" + database + "?" + parameters;
    }
}

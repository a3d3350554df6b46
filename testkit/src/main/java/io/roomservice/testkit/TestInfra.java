package io.roomservice.testkit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MariaDB/MySQL and Redis that tests use.
 *
 * <p>If {@code DB_URL} and {@code REDIS_URL} are configured (system property first, then
 * environment variable; {@code DB_USER} and {@code DB_PASSWORD} optional), those servers are
 * used and nothing is started. Otherwise one embedded MariaDB + Redis is started per Maven build
 * and shared by all its test JVMs: it runs in an {@link io.roomservice.embedded.InfraDaemon}
 * process that stops by itself when the build's process ({@link BuildProcess}) ends.
 */
public final class TestInfra {

    /** The setting names the application reads. */
    public static final String DB_URL = "DB_URL";
    public static final String DB_USER = "DB_USER";
    public static final String DB_PASSWORD = "DB_PASSWORD";
    public static final String REDIS_URL = "REDIS_URL";

    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

    private static Endpoints endpoints;

    private TestInfra() {}

    /** The servers for this JVM; the first call may start them (about 2 s, once per build). */
    public static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = locateOrStart();
        }
        return endpoints;
    }

    /**
     * Creates a new, empty utf8mb4 database with a unique name and returns the settings
     * ({@link #DB_URL}, {@link #DB_USER}, {@link #DB_PASSWORD}, {@link #REDIS_URL}) that point
     * the application at it. Redis is shared: tests should use keys of their own.
     */
    public static Map<String, String> freshDatabaseSettings() {
        Endpoints servers = endpoints();
        String database = uniqueDatabaseName();
        createDatabase(servers, database);
        return Map.of(
                DB_URL, servers.jdbcUrl(database),
                DB_USER, servers.dbUser(),
                DB_PASSWORD, servers.dbPassword(),
                REDIS_URL, servers.redisUrl());
    }

    private static Endpoints locateOrStart() {
        Optional<String> dbUrl = Settings.get(DB_URL);
        Optional<String> redisUrl = Settings.get(REDIS_URL);
        if (dbUrl.isPresent() && redisUrl.isPresent()) {
            return new Endpoints(JdbcUrl.parse(dbUrl.get()),
                    Settings.get(DB_USER).orElse("root"), Settings.get(DB_PASSWORD).orElse(""), redisUrl.get());
        }
        if (dbUrl.isPresent() || redisUrl.isPresent()) {
            throw new IllegalStateException("Configure both " + DB_URL + " and " + REDIS_URL
                    + " to use existing servers, or neither to use embedded ones; only "
                    + (dbUrl.isPresent() ? DB_URL : REDIS_URL) + " is set");
        }
        try {
            return new SharedInfra(BuildProcess.pid()).endpoints();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded MariaDB/Redis for tests unavailable: " + e.getMessage(), e);
        }
    }

    /** {@code t_<pid>_<counter>_<random>}: unique per JVM, and across JVMs and builds. */
    private static String uniqueDatabaseName() {
        return "t_" + ProcessHandle.current().pid() + "_" + DATABASE_COUNTER.incrementAndGet() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0x1000000));
    }

    private static void createDatabase(Endpoints servers, String database) {
        try (Connection connection = DriverManager.getConnection(
                        servers.jdbcUrl(""), servers.dbUser(), servers.dbPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database + " on " + servers, e);
        }
    }
}

package io.roomservice.testkit;

import io.roomservice.embedded.EmbeddedRedisCluster;
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
 *
 * <p>With {@code TEST_REDIS=cluster} (system property or environment variable) tests get an
 * embedded three-master Redis Cluster instead ({@link #freshDatabaseSettingsOnCluster()}).
 */
public final class TestInfra {

    /** The setting names the application reads. */
    public static final String DB_URL = "DB_URL";
    public static final String DB_USER = "DB_USER";
    public static final String DB_PASSWORD = "DB_PASSWORD";
    public static final String REDIS_URL = "REDIS_URL";
    public static final String REDIS_CLUSTER_NODES = "REDIS_CLUSTER_NODES";
    /** {@code cluster}: every test's Redis is the embedded three-master Redis Cluster. */
    public static final String TEST_REDIS = "TEST_REDIS";
    private static final String CLUSTER = "cluster";

    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

    private static Endpoints endpoints;
    private static EmbeddedRedisCluster cluster;

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
        return CLUSTER.equalsIgnoreCase(Settings.get(TEST_REDIS).orElse(""))
                ? freshDatabaseSettingsOnCluster()
                : freshDatabaseSettings(REDIS_URL, endpoints().redisUrl());
    }

    /**
     * Like {@link #freshDatabaseSettings()}, with {@link #REDIS_CLUSTER_NODES} of a three-master
     * Redis Cluster started for this JVM (embedded, about a second, once) instead of {@link #REDIS_URL}.
     */
    public static Map<String, String> freshDatabaseSettingsOnCluster() {
        return freshDatabaseSettings(REDIS_CLUSTER_NODES, cluster().nodeList());
    }

    /** This JVM's embedded Redis Cluster; stopped when the JVM exits. */
    public static synchronized EmbeddedRedisCluster cluster() {
        if (cluster == null) {
            try {
                EmbeddedRedisCluster started = EmbeddedRedisCluster.start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-redis-cluster"));
                cluster = started;
            } catch (IOException e) {
                throw new IllegalStateException("Embedded Redis Cluster for tests unavailable: " + e.getMessage(), e);
            }
        }
        return cluster;
    }

    private static Map<String, String> freshDatabaseSettings(String redisSetting, String redisValue) {
        Endpoints servers = endpoints();
        String database = uniqueDatabaseName();
        createDatabase(servers, database);
        return Map.of(
                DB_URL, servers.jdbcUrl(database),
                DB_USER, servers.dbUser(),
                DB_PASSWORD, servers.dbPassword(),
                redisSetting, redisValue);
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

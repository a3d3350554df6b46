package io.roomservice.embedded;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An embedded MariaDB (with database {@value #DATABASE}) and an embedded Redis, both on
 * 127.0.0.1 and free ports, for local development and tests.
 *
 * <p>The MariaDB binaries are unpacked once per user into {@code ~/.cache/room-service/}; every
 * start gets fresh, temporary data directories that {@link #close()} removes again. If the JVM
 * exits without {@code close()}, a shutdown hook does it.
 */
public final class EmbeddedInfra implements AutoCloseable {

    /** The database created on every start. */
    public static final String DATABASE = "roomservice";

    private final EmbeddedMariaDb mariaDb;
    private final EmbeddedRedis redis;
    private final long mariadbStartMillis;
    private final long redisStartMillis;
    private final Thread closeOnExit = new Thread(this::close, "embedded-infra-close-on-exit");
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedInfra(EmbeddedMariaDb mariaDb, EmbeddedRedis redis,
            long mariadbStartMillis, long redisStartMillis) {
        this.mariaDb = mariaDb;
        this.redis = redis;
        this.mariadbStartMillis = mariadbStartMillis;
        this.redisStartMillis = redisStartMillis;
    }

    /** Starts both servers; on failure nothing is left running and the servers' output is in the message. */
    public static EmbeddedInfra start() throws IOException {
        return start(false);
    }

    /** {@link #start()}, with a MariaDB that offers TLS as production servers do (the benchmark's cold start). */
    public static EmbeddedInfra startOfferingTls() throws IOException {
        return start(true);
    }

    private static EmbeddedInfra start(boolean offerTls) throws IOException {
        long mariadbStart = System.nanoTime();
        EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(offerTls);
        EmbeddedRedis redis;
        long mariadbMillis;
        long redisMillis;
        try {
            mariaDb.createDatabase(DATABASE);
            mariadbMillis = millisSince(mariadbStart);
            long redisStart = System.nanoTime();
            redis = EmbeddedRedis.start();
            redisMillis = millisSince(redisStart);
        } catch (IOException | SQLException | RuntimeException e) {
            mariaDb.close();
            throw e instanceof IOException io ? io : new IOException("Embedded infrastructure did not start", e);
        }
        EmbeddedInfra infra = new EmbeddedInfra(mariaDb, redis, mariadbMillis, redisMillis);
        Runtime.getRuntime().addShutdownHook(infra.closeOnExit);
        return infra;
    }

    /** {@code jdbc:mysql://127.0.0.1:<port>/<database>}, for MySQL Connector/J. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + mariaDb.port() + "/" + database;
    }

    public String dbUser() {
        return EmbeddedMariaDb.USER;
    }

    public String dbPassword() {
        return EmbeddedMariaDb.PASSWORD;
    }

    public int dbPort() {
        return mariaDb.port();
    }

    /** {@code redis://127.0.0.1:<port>} */
    public String redisUrl() {
        return "redis://127.0.0.1:" + redis.port();
    }

    public int redisPort() {
        return redis.port();
    }

    /** Unpack (first time only), install of the data dir, server start and creation of {@value #DATABASE}. */
    public long mariadbStartMillis() {
        return mariadbStartMillis;
    }

    public long redisStartMillis() {
        return redisStartMillis;
    }

    /** Stops Redis and MariaDB and removes their temporary directories; later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself or while the JVM exits: nothing to unregister.
        }
        try {
            redis.close();
        } finally {
            mariaDb.close();
        }
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}

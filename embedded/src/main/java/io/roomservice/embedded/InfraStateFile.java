package io.roomservice.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The file through which {@link InfraDaemon} tells other processes where its servers listen:
 * {@link Properties} with the keys below, written atomically so a reader never sees half of it.
 */
public final class InfraStateFile {

    public static final String DB_PORT = "db.port";
    public static final String DB_URL = "db.url";
    public static final String DB_USER = "db.user";
    public static final String DB_PASSWORD = "db.password";
    public static final String REDIS_URL = "redis.url";
    public static final String REDIS_PORT = "redis.port";
    public static final String DAEMON_PID = "daemon.pid";
    public static final String DB_START_MILLIS = "db.startMillis";
    public static final String REDIS_START_MILLIS = "redis.startMillis";

    private InfraStateFile() {}

    public static Properties describe(EmbeddedInfra infra, long daemonPid) {
        Properties state = new Properties();
        state.setProperty(DB_PORT, Integer.toString(infra.dbPort()));
        state.setProperty(DB_URL, infra.jdbcUrl(EmbeddedInfra.DATABASE));
        state.setProperty(DB_USER, infra.dbUser());
        state.setProperty(DB_PASSWORD, infra.dbPassword());
        state.setProperty(REDIS_URL, infra.redisUrl());
        state.setProperty(REDIS_PORT, Integer.toString(infra.redisPort()));
        state.setProperty(DAEMON_PID, Long.toString(daemonPid));
        state.setProperty(DB_START_MILLIS, Long.toString(infra.mariadbStartMillis()));
        state.setProperty(REDIS_START_MILLIS, Long.toString(infra.redisStartMillis()));
        return state;
    }

    /** Writes a temp file next to {@code file}, then renames it over {@code file} in one step. */
    public static void write(Path file, Properties state) throws IOException {
        writeAtomically(file, writer -> state.store(writer, "embedded MariaDB and Redis of InfraDaemon"));
    }

    public static Properties read(Path file) throws IOException {
        Properties state = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            state.load(reader);
        }
        return state;
    }

    /** Where the daemon reports why it could not start: {@code <state file>.error}. */
    public static Path errorFileFor(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".error");
    }

    static void writeError(Path stateFile, String error) throws IOException {
        writeAtomically(errorFileFor(stateFile), writer -> writer.write(error));
    }

    private static void writeAtomically(Path file, WriteAction action) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                action.writeTo(writer);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private interface WriteAction {
        void writeTo(Writer writer) throws IOException;
    }
}

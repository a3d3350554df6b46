package io.roomservice.testkit;

import io.roomservice.embedded.InfraStateFile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one {@link io.roomservice.embedded.InfraDaemon} of a build, shared by all of the build's
 * test JVMs: found through its state file, or started if there is none that answers.
 *
 * <p>Files live in {@code ${java.io.tmpdir}/room-service-test-infra/}, named after the build's
 * process id: {@code <pid>.properties} (state), {@code <pid>.properties.error},
 * {@code <pid>.log} (daemon output) and {@code <pid>.lock}, which serialises the JVMs of one
 * build so that only one of them starts a daemon.
 */
final class SharedInfra {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final long buildPid;
    private final Path directory;

    SharedInfra(long buildPid) {
        this.buildPid = buildPid;
        this.directory = Path.of(System.getProperty("java.io.tmpdir"), "room-service-test-infra");
    }

    Endpoints endpoints() throws IOException {
        Files.createDirectories(directory);
        try (FileChannel lockChannel = FileChannel.open(file(".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lockChannel.lock(); // held until the channel closes; blocks the build's other JVMs
            Properties state = runningDaemonState().orElse(null);
            if (state == null) {
                removeFilesOfFinishedBuilds();
                Files.deleteIfExists(InfraStateFile.errorFileFor(stateFile()));
                state = new InfraDaemonLauncher(buildPid, stateFile(), file(".log")).launchAndAwaitState();
            }
            return new Endpoints(
                    JdbcUrl.parse(state.getProperty(InfraStateFile.DB_URL)),
                    state.getProperty(InfraStateFile.DB_USER),
                    state.getProperty(InfraStateFile.DB_PASSWORD),
                    state.getProperty(InfraStateFile.REDIS_URL));
        }
    }

    /** The state of a daemon whose servers answer; a stale state file (and its hung daemon) is removed. */
    private Optional<Properties> runningDaemonState() throws IOException {
        Path stateFile = stateFile();
        if (!Files.exists(stateFile)) {
            return Optional.empty();
        }
        Properties state = InfraStateFile.read(stateFile);
        if (Ports.answers(port(state, InfraStateFile.DB_PORT)) && Ports.answers(port(state, InfraStateFile.REDIS_PORT))) {
            return Optional.of(state);
        }
        stopHungDaemon(state);
        Files.deleteIfExists(stateFile);
        return Optional.empty();
    }

    private static void stopHungDaemon(Properties state) {
        String pid = state.getProperty(InfraStateFile.DAEMON_PID, "");
        if (!pid.matches("\\d{1,18}")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid))
                .filter(process -> process.info().commandLine().orElse("").contains("InfraDaemon"))
                .ifPresent(daemon -> {
                    daemon.destroy();
                    daemon.onExit().orTimeout(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                            .exceptionally(timeout -> null).join();
                });
    }

    /** Logs and lock files of builds that have ended would otherwise pile up in the temp dir. */
    private void removeFilesOfFinishedBuilds() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> buildPidOf(file).filter(pid -> pid != buildPid && !isAlive(pid)).isPresent())
                    .forEach(SharedInfra::deleteQuietly);
        }
    }

    /** {@code 1234.log} and {@code 1234.properties.error} belong to build 1234. */
    private static Optional<Long> buildPidOf(Path file) {
        String name = file.getFileName().toString();
        String prefix = name.contains(".") ? name.substring(0, name.indexOf('.')) : "";
        return prefix.matches("\\d{1,18}") ? Optional.of(Long.parseLong(prefix)) : Optional.empty();
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Another build's JVM got there first.
        }
    }

    private static int port(Properties state, String key) {
        String value = state.getProperty(key, "");
        return value.matches("\\d{1,5}") ? Integer.parseInt(value) : 0;
    }

    private Path stateFile() {
        return file(".properties");
    }

    private Path file(String suffix) {
        return directory.resolve(buildPid + suffix);
    }
}

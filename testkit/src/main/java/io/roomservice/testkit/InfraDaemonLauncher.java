package io.roomservice.testkit;

import io.roomservice.embedded.InfraDaemon;
import io.roomservice.embedded.InfraStateFile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Starts {@link InfraDaemon} as a separate JVM that outlives the current one, and waits until it
 * has written its state file.
 */
final class InfraDaemonLauncher {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final long POLL_MILLIS = 50;
    private static final int LOG_TAIL_LINES = 60;

    private final long watchedPid;
    private final Path stateFile;
    private final Path logFile;

    InfraDaemonLauncher(long watchedPid, Path stateFile, Path logFile) {
        this.watchedPid = watchedPid;
        this.stateFile = stateFile;
        this.logFile = logFile;
    }

    Properties launchAndAwaitState() throws IOException {
        Process daemon = new ProcessBuilder(command())
                .redirectErrorStream(true)
                // Never the pipes of this JVM: surefire would wait for them to close.
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            return awaitState(daemon);
        } catch (IOException | RuntimeException e) {
            daemon.destroy();
            throw e;
        }
    }

    private List<String> command() {
        return List.of(
                javaExecutable(),
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", classPath(),
                InfraDaemon.class.getName(),
                "--watch-pid", Long.toString(watchedPid),
                "--state", stateFile.toString());
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }

    /** Surefire's booter jar hides the real test class path behind java.class.path. */
    private static String classPath() {
        String surefireClassPath = System.getProperty("surefire.test.class.path");
        return surefireClassPath != null && !surefireClassPath.isBlank()
                ? surefireClassPath
                : System.getProperty("java.class.path");
    }

    private Properties awaitState(Process daemon) throws IOException {
        Path errorFile = InfraStateFile.errorFileFor(stateFile);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            boolean exited = !daemon.isAlive(); // asked first: its files are complete by then
            if (Files.exists(stateFile)) {
                return InfraStateFile.read(stateFile);
            }
            if (Files.exists(errorFile)) {
                throw new IOException("InfraDaemon could not start MariaDB/Redis (its log: " + logFile + "): "
                        + Files.readString(errorFile, StandardCharsets.UTF_8));
            }
            if (exited) {
                throw new IOException("InfraDaemon exited with code " + daemon.exitValue()
                        + " before writing " + stateFile + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("InfraDaemon did not write " + stateFile + " within "
                        + START_TIMEOUT.toSeconds() + " s" + logTail());
            }
            sleep();
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "\n--- tail of " + logFile + " ---\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "\n(no log at " + logFile + ": " + e + ")";
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for InfraDaemon", e);
        }
    }
}

package io.roomservice.embedded;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs {@link EmbeddedInfra} in its own process for as long as another process lives, e.g. one
 * Maven build whose test JVMs all share it.
 *
 * <pre>java -cp ... io.roomservice.embedded.InfraDaemon --watch-pid &lt;pid&gt; --state &lt;file&gt;</pre>
 *
 * Once both servers run, the state file ({@link InfraStateFile}) says where. When the watched
 * process exits, the servers stop, the state file is deleted and the daemon exits with 0. If the
 * servers do not start, the reason goes to {@code <state file>.error} and the exit code is 1.
 */
public final class InfraDaemon {

    private InfraDaemon() {}

    public static void main(String[] args) {
        DaemonArguments arguments;
        try {
            arguments = DaemonArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: InfraDaemon --watch-pid <pid> --state <file>");
            System.exit(2);
            return;
        }
        System.exit(run(arguments));
    }

    private static int run(DaemonArguments arguments) {
        Path stateFile = arguments.stateFile();
        Optional<ProcessHandle> watched = ProcessHandle.of(arguments.watchedPid());
        if (watched.isEmpty() || !watched.get().isAlive()) {
            return failed(stateFile, "Process " + arguments.watchedPid() + " to watch is not running", null);
        }
        EmbeddedInfra infra;
        try {
            infra = EmbeddedInfra.start();
        } catch (IOException | RuntimeException e) {
            return failed(stateFile, "Embedded MariaDB/Redis did not start", e);
        }
        // Also when the daemon is killed: a state file must not outlive the servers it names.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(stateFile), "delete-state-file"));
        try {
            InfraStateFile.write(stateFile, InfraStateFile.describe(infra, ProcessHandle.current().pid()));
            System.out.printf("MariaDB on port %d (%d ms), Redis on port %d (%d ms); watching process %d%n",
                    infra.dbPort(), infra.mariadbStartMillis(), infra.redisPort(), infra.redisStartMillis(),
                    arguments.watchedPid());
            watched.get().onExit().join();
            System.out.println("Process " + arguments.watchedPid() + " exited; stopping");
        } catch (IOException | RuntimeException e) {
            return failed(stateFile, "Could not publish the state file " + stateFile, e);
        } finally {
            deleteQuietly(stateFile); // first: nobody should find servers that are stopping
            infra.close();
        }
        return 0;
    }

    private static int failed(Path stateFile, String reason, Throwable cause) {
        String report = cause == null ? reason : reason + ":\n" + stackTrace(cause);
        System.err.println(report);
        try {
            InfraStateFile.writeError(stateFile, report);
        } catch (IOException e) {
            System.err.println("Could not write " + InfraStateFile.errorFileFor(stateFile) + ": " + e);
        }
        return 1;
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale state file is detected by its readers: its ports no longer answer.
        }
    }
}

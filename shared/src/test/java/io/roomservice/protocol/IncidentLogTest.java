package io.roomservice.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.infra.db.DatabaseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class IncidentLogTest {

    private static final class Recorder extends Handler {
        final List<LogRecord> records = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        synchronized long traces() {
            return records.stream().filter(r -> r.getThrown() != null).count();
        }
    }

    @Test
    void anOutageLogsOneLinePerRequestAndOneTracePerCausePerMinute() {
        Logger logger = Logger.getLogger("incident-test");
        logger.setUseParentHandlers(false);
        Recorder recorder = new Recorder();
        logger.addHandler(recorder);
        AtomicLong now = new AtomicLong();
        IncidentLog incidents = new IncidentLog(logger, now::get);
        RuntimeException down = new IllegalStateException("pool", new IOException("Connection refused"));
        for (int i = 0; i < 1900; i++) {
            incidents.log(Level.SEVERE, "request " + i, down);
        }
        assertEquals(1900, recorder.records.size());
        assertEquals(1, recorder.traces());
        assertTrue(recorder.records.get(5).getMessage().contains("IllegalStateException <- IOException: Connection refused"),
                recorder.records.get(5).getMessage());
        incidents.log(Level.SEVERE, "another cause", new IllegalArgumentException("x"));
        assertEquals(2, recorder.traces());
        now.addAndGet(TimeUnit.SECONDS.toNanos(IncidentLog.TRACE_INTERVAL_SECONDS));
        incidents.log(Level.SEVERE, "a minute later", down);
        assertEquals(3, recorder.traces());
    }

    @Test
    void systemFailuresGoThroughIt() {
        Logger logger = Logger.getLogger(SystemFailure.class.getName());
        Recorder recorder = new Recorder();
        logger.addHandler(recorder);
        try {
            DatabaseException e = new DatabaseException("the database is unavailable", new java.sql.SQLTransientConnectionException("timeout " + System.nanoTime()));
            for (int i = 0; i < 50; i++) {
                assertEquals(SystemFailure.DATABASE_UNAVAILABLE, SystemFailure.of(e, IncidentLogTest.class, "r" + i));
            }
            assertEquals(50, recorder.records.size());
            assertTrue(recorder.traces() <= 1, "at most one trace for one cause");
            assertNull(recorder.records.get(49).getThrown());
            assertNotNull(recorder.records.get(49).getMessage());
        } finally {
            logger.removeHandler(recorder);
        }
    }
}

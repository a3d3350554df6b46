package io.roomservice.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.config.Config;
import io.roomservice.testing.TestApps;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** V070 adds room_locks to a database that already has rooms with members, and those rooms go on working. */
class RoomLockMigrationTest {

    @Test
    void roomsThatExistedBeforeTheLockTableCanBeLeftAndEntered() {
        Map<String, String> settings = TestApps.settings();
        try (App before = App.start(Config.of(settings), Clock.systemUTC())) {
            before.callRooms().enter("oAlice", "7001", Optional.empty());
            before.callRooms().enter("oBob", "7001", Optional.empty());
            AppStores.database(before).inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE room_locks");
                    s.execute("DELETE FROM schema_migrations WHERE version = 70");
                }
                return null;
            });
        }
        try (App after = App.start(Config.of(settings), Clock.systemUTC())) {
            Rooms rooms = after.callRooms();
            assertEquals(LeaveResult.Outcome.LEFT, rooms.quit("oAlice", "7001").outcome());
            assertEquals(JoinResult.Outcome.JOINED, rooms.enter("oCarol", "7001", Optional.empty()).outcome());
            assertEquals(List.of("oBob", "oCarol"), rooms.info("7001").orElseThrow().members());
        }
    }
}

package io.roomservice.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The room core and the three families over it hold rules only: their storage is reached
 * through the repository and liveness interfaces they declare, implemented in infra.
 */
class RoomCoreLayeringTest {

    private static final Path DOMAIN = Path.of("src/main/java/io/roomservice/domain");
    private static final Pattern STORAGE_IMPORT =
            Pattern.compile("^import (static )?(java\\.sql|redis\\.clients|io\\.roomservice\\.infra\\.(db|redis))\\b.*", Pattern.MULTILINE);

    @Test
    void roomCodeImportsNoJdbcNoRedisAndNoStorageInfra() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : List.of("room", "apaas", "roomservice")) {
            try (Stream<Path> found = Files.list(DOMAIN.resolve(pkg))) {
                found.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        files.add(DOMAIN.resolve("user/Presence.java"));
        assertTrue(files.size() > 40, "the room packages were found: " + files.size());
        List<String> offenders = new ArrayList<>();
        for (Path file : files) {
            if (STORAGE_IMPORT.matcher(Files.readString(file)).find()) {
                offenders.add(DOMAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), offenders);
    }
}

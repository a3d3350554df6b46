package io.roomservice.protocol.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomservice.protocol.Params;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VideoParamsTest {

    @Test
    void timesAreWrittenAsJavaScriptDates() {
        assertEquals("2019-02-12T12:00:00.000Z", VideoJson.jsDate(Instant.parse("2019-02-12T12:00:00Z").toEpochMilli()));
        assertEquals("1970-01-01T00:00:00.007Z", VideoJson.jsDate(7));
        assertEquals("2026-11-21T09:03:37.120Z", VideoJson.jsDate(Instant.parse("2026-11-21T09:03:37.12Z").toEpochMilli()));
    }

    @Test
    void groupIdsArePrintableAscii() {
        assertEquals("1559129713_672975982", VideoParams.groupId(Params.of(Map.of("groupId", "1559129713_672975982"))));
        assertThrows(VideoException.class, () -> VideoParams.groupId(Params.of(Map.of("groupId", "a b"))));
        assertThrows(io.roomservice.protocol.ParamException.class, () -> VideoParams.groupId(Params.of(Map.of("groupId", "x".repeat(65)))));
    }

    @Test
    void roomIdsAreTrtcRoomIdsWithoutAliases() {
        assertEquals("4294967295", VideoParams.roomId(Params.of(Map.of("roomID", "4294967295"))));
        assertEquals("1", VideoParams.roomId(Params.of(Map.of("roomID", 1))));
        for (String bad : new String[] {"99999999999", "4294967296", "01234567", "0", "1e5", " 12", "１２"}) {
            VideoException e = assertThrows(VideoException.class, () -> VideoParams.roomId(Params.of(Map.of("roomID", bad))));
            assertEquals(VideoCode.BAD_ROOM, e.code(), bad);
        }
    }

    @Test
    void liveRoomIdsAreTheOriginalsOneToElevenDigits() {
        for (String good : new String[] {"99999999999", "4294967296", "01234567", "0", "1"}) {
            assertEquals(good, VideoParams.liveRoomId(Params.of(Map.of("roomID", good))));
        }
        for (String bad : new String[] {"123456789012", "1e5", " 12", "１２", "-1", "12a"}) {
            VideoException e = assertThrows(VideoException.class, () -> VideoParams.liveRoomId(Params.of(Map.of("roomID", bad))));
            assertEquals(VideoCode.BAD_ROOM, e.code(), bad);
        }
        assertEquals(VideoCode.BAD_PARAMETER,
                assertThrows(VideoException.class, () -> VideoParams.liveRoomId(Params.of(Map.of()))).code());
        assertEquals("0123", VideoParams.enterLiveRoomId(Params.of(Map.of("roomID", "0123"))).orElseThrow());
    }
}

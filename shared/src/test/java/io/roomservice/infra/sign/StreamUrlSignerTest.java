package io.roomservice.infra.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** TV-1, TV-2 and TV-3 of video-and-roomservice.md. */
class StreamUrlSignerTest {
    private static final String KEY = "e12c46f2612d5106e2034781ab261ca3";

    @Test
    void tencentDocumentationExample() { // TV-1
        assertEquals("5C271099", StreamUrlSigner.txTime(1546064025L));
        assertEquals("f85a2ab363fe4deaffef9754d79da6fe", StreamUrlSigner.txSecret(KEY, "test", "5C271099"));
    }

    @Test
    void txTimeIsUpperCaseHex() { // TV-2
        assertEquals("5867D600", StreamUrlSigner.txTime(1483200000L));
        assertEquals("0", StreamUrlSigner.txTime(0));
        assertEquals("FFFFFFFF", StreamUrlSigner.txTime(4294967295L));
    }

    @Test
    void liveRoomPushUrlOneDayAhead() { // TV-3
        String txTime = StreamUrlSigner.txTime(1546300800L + 86400);
        assertEquals("5C2BFF00", txTime);
        assertEquals("78ee486005a2e2263e619b08592be60b",
                StreamUrlSigner.txSecret(KEY, "b4dc978bf27dafd0f66dad3f08a629d5", txTime));
        assertEquals("txSecret=78ee486005a2e2263e619b08592be60b&txTime=5C2BFF00",
                StreamUrlSigner.signedQuery(KEY, "b4dc978bf27dafd0f66dad3f08a629d5", 1546300800L + 86400));
    }

    @Test
    void roomServicePushUrlOneWeekAhead() { // TV-4
        assertEquals("txSecret=9613e950cd14c2efe19fbec2e68a08d7&txTime=5C33E800",
                StreamUrlSigner.signedQuery(KEY, "8888_user_1a2b3c4d_5e6f_9abc", 1546300800L + 604800));
    }

    @Test
    void rejectsOutOfRangeTimesAndEmptyInputs() {
        assertThrows(IllegalArgumentException.class, () -> StreamUrlSigner.txTime(-1));
        assertThrows(IllegalArgumentException.class, () -> StreamUrlSigner.txTime(4294967296L));
        assertThrows(IllegalArgumentException.class, () -> StreamUrlSigner.txSecret("", "test", "5C271099"));
        assertThrows(IllegalArgumentException.class, () -> StreamUrlSigner.txSecret(KEY, "", "5C271099"));
        assertThrows(NullPointerException.class, () -> StreamUrlSigner.txSecret(KEY, null, "5C271099"));
    }
}

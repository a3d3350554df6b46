package io.roomservice.domain.roomservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PusherLineupTest {

    private static Pusher pusher(String userId, String stream) {
        return new Pusher(userId, "name", "", stream, 0L);
    }

    private static RoomData room(Pusher... pushers) {
        return new RoomData(1L, RoomType.LIVE, "room_1", "oA", "", null, true, 0L, 0, List.of(pushers), Map.of());
    }

    @Test
    void theNumberFollowsTheLineUpNotItsOrderNorHowPushersAreShown() {
        Pusher a = pusher("oA", "8888_oA_0001");
        Pusher b = pusher("oB", "8888_oB_0002");
        int alone = PusherLineup.of(room(a));
        int both = PusherLineup.of(room(a, b));
        assertNotEquals(alone, both, "a pusher joining changes it");
        assertEquals(both, PusherLineup.of(room(b, a)), "the order pushers are read in does not");
        assertEquals(alone, PusherLineup.of(room(new Pusher("oA", "another name", "avatar", "8888_oA_0001", 5L))),
                "a name or avatar does not");
        assertNotEquals(alone, PusherLineup.of(room(pusher("oA", "8888_oA_0003"))), "another stream does");
        assertNotEquals(PusherLineup.of(room(pusher("oA", "s1"), pusher("oB", "s2"))),
                PusherLineup.of(room(pusher("oA", "s2"), pusher("oB", "s1"))), "who pushes which stream does");
    }

    @Test
    void theNumberIsNeverZeroWhichMeansNothingKnownYet() {
        assertTrue(PusherLineup.of(room()) > 0);
        for (int i = 0; i < 1000; i++) {
            assertTrue(PusherLineup.of(room(pusher("u" + i, "s" + i))) > 0);
        }
    }
}

package io.roomservice.protocol.roomservice;

import io.roomservice.domain.roomservice.PusherLineup;
import io.roomservice.domain.roomservice.RoomData;
import io.roomservice.domain.roomservice.StreamUrls;
import io.roomservice.protocol.Params;

/**
 * The MLVB live-room ("anchor") answers: the RoomService room as get_pushers shows it, plus
 * {@code roomStatusCode}, the number of its line-up of anchors. The client sends back the last
 * number it saw with each anchor_heartbeat and merges the {@code pushers} the heartbeat carries
 * when the line-up changed; that is how a big anchor learns of a small one joining or leaving.
 */
public final class AnchorReplies {

    /** What the client sends before it has seen any line-up. */
    private static final int UNKNOWN_LINEUP = 0;

    private AnchorReplies() {
    }

    /** get_anchors: the room, its anchors and the line-up's number. */
    public static RoomServiceReply anchors(RoomData room, StreamUrls urls) {
        return RoomServiceProtocol.pushers(room, urls).with("roomStatusCode", PusherLineup.of(room));
    }

    /** anchor_heartbeat: the line-up's number, and the room with its anchors when the caller's number is not it. */
    public static RoomServiceReply heartbeat(RoomData room, StreamUrls urls, int knownLineup) {
        int lineup = PusherLineup.of(room);
        if (lineup == knownLineup) {
            return RoomServiceReply.ok().with("roomStatusCode", lineup);
        }
        return anchors(room, urls);
    }

    /** The line-up number the client last saw (0 when it has seen none). */
    public static int knownLineup(Params params) {
        return params.integer("roomStatusCode", UNKNOWN_LINEUP, UNKNOWN_LINEUP, Integer.MAX_VALUE);
    }
}

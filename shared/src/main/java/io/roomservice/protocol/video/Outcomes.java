package io.roomservice.protocol.video;

import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.LeaveResult;
import io.roomservice.domain.room.Room;
import java.util.Map;

/** How the video family reports the outcomes of entering and leaving, for both room kinds. */
final class Outcomes {

    private Outcomes() {
    }

    /** The room the caller is now in, or the family's error for a full, ended, missing or taken room. */
    static Room admitted(JoinResult result) {
        switch (result.outcome()) {
            case FULL:
                throw new VideoException(VideoCode.ROOM_FULL, "the room is full (" + result.room().capacity() + " members)");
            case ENDED:
                throw new VideoException(VideoCode.ROOM_ENDED, "the room has ended");
            case NOT_FOUND:
                throw new VideoException(VideoCode.BAD_ROOM, "the room does not exist");
            case EXISTS:
                throw new VideoException(VideoCode.ROOM_EXISTS, "the room already exists");
            default:
                return result.room();
        }
    }

    static String enterMessage(JoinResult result) {
        return result.outcome() == JoinResult.Outcome.CREATED ? "create success" : "enter success";
    }

    /** The room after the caller left, or the family's error when they could not. */
    static Room left(LeaveResult result) {
        switch (result.outcome()) {
            case NOT_FOUND:
                throw new VideoException(VideoCode.BAD_ROOM, "the room does not exist");
            case NOT_MEMBER:
                throw new VideoException(VideoCode.NOT_MEMBER, "you are not a member of this room");
            default:
                return result.room();
        }
    }

    /** The original's database-style status: {stats: {removed: 1}} or {stats: {updated: 1}}. */
    static Map<String, Object> status(LeaveResult result) {
        boolean ended = result.outcome() == LeaveResult.Outcome.ROOM_ENDED;
        return Map.of("stats", Map.of(ended ? "removed" : "updated", 1));
    }
}

package io.roomservice.protocol.video;

import io.roomservice.domain.live.LiveStreams;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.LeaveResult;
import io.roomservice.domain.room.Room;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replies of the liveroom-* actions, with the original field names (creator, roomID,
 * roomName, members, createTime, streamID, pushUrl, playUrl, isCreator). The push URL goes
 * to the room's creator and to no one else; everyone gets the play URLs.
 */
public final class LiveRoomReplies {

    /** What the original sent as {@code liveAppID} when none was configured. */
    private static final String NO_LIVE_APP_ID = "";

    private LiveRoomReplies() {
    }

    public static VideoReply entered(JoinResult result, String userId, LiveStreams streams) {
        Room room = Outcomes.admitted(result);
        Map<String, Object> info = liveInfo(room, userId, streams, true);
        info.put("userID", userId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roomInfo", info);
        return new VideoReply(Outcomes.enterMessage(result), data);
    }

    public static VideoReply quit(LeaveResult result, String userId) {
        Room room = Outcomes.left(result);
        Map<String, Object> data = VideoJson.roomInfo(room, true);
        data.put("isCreator", room.creator().equals(userId));
        data.put("status", Outcomes.status(result));
        return new VideoReply("success", data);
    }

    /** A missing room is, as before, success with {@code {isCreator: false}}. */
    public static VideoReply info(Optional<Room> room, String userId, LiveStreams streams) {
        Map<String, Object> data = room.map(r -> liveInfo(r, userId, streams, r.hasMember(userId)))
                .orElseGet(() -> new LinkedHashMap<>(Map.of("isCreator", false)));
        return new VideoReply("success", data);
    }

    public static VideoReply list(List<Room> rooms, LiveStreams streams) {
        List<Map<String, Object>> out = new ArrayList<>(rooms.size());
        for (Room room : rooms) {
            Map<String, Object> info = VideoJson.roomInfo(room, false);
            info.put("streamID", streams.streamId(room));
            info.put("playUrl", streams.playUrls(room));
            out.add(info);
        }
        return new VideoReply("success", out);
    }

    /** The URLs for {@code <live-pusher>} (the anchor) and {@code <live-player>} (everyone in the room). */
    public static VideoReply streamUrls(Optional<Room> found, String userId, LiveStreams streams) {
        Room room = found.orElseThrow(() -> new VideoException(VideoCode.BAD_ROOM, "the room does not exist"));
        if (!room.hasMember(userId)) {
            throw new VideoException(VideoCode.NOT_MEMBER, "enter the room first: only its members get its stream URLs");
        }
        boolean creator = room.creator().equals(userId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roomID", room.roomId());
        data.put("streamID", streams.streamId(room));
        data.put("isCreator", creator);
        if (creator) {
            data.put("pushUrl", streams.pushUrl(room));
        }
        data.put("playUrl", streams.playUrls(room));
        return new VideoReply("success", data);
    }

    private static Map<String, Object> liveInfo(Room room, String userId, LiveStreams streams, boolean showMembers) {
        Map<String, Object> info = VideoJson.roomInfo(room, showMembers);
        boolean creator = room.creator().equals(userId);
        info.put("streamID", streams.streamId(room));
        info.put("liveAppID", streams.appId().orElse(NO_LIVE_APP_ID));
        if (creator) {
            info.put("pushUrl", streams.pushUrl(room));
        }
        info.put("playUrl", streams.playUrls(room));
        info.put("isCreator", creator);
        return info;
    }
}

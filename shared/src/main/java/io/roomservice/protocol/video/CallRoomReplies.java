package io.roomservice.protocol.video;

import io.roomservice.domain.credentials.TrtcCredentials;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.LeaveResult;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replies of the webrtcroom-* actions, with the original field names ({@code roomInfo},
 * {@code signInfo}). Member ids are shown only to members, and no list or info reply
 * carries anyone's signatures.
 */
public final class CallRoomReplies {

    private CallRoomReplies() {
    }

    public static VideoReply entered(JoinResult result, String userId, TrtcCredentials credentials) {
        Room room = Outcomes.admitted(result);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roomInfo", VideoJson.roomInfo(room, true));
        data.put("signInfo", VideoJson.signInfo(credentials.forMember(userId, RoomIds.parseNumeric(room.roomId()))));
        return new VideoReply(Outcomes.enterMessage(result), data);
    }

    public static VideoReply quit(LeaveResult result) {
        Map<String, Object> data = VideoJson.roomInfo(Outcomes.left(result), true);
        data.put("status", Outcomes.status(result));
        return new VideoReply("success", data);
    }

    public static VideoReply info(Optional<Room> room, String userId) {
        return new VideoReply("success", room.map(r -> VideoJson.roomInfo(r, r.hasMember(userId))).orElse(null));
    }

    public static VideoReply list(List<Room> rooms) {
        List<Map<String, Object>> out = new ArrayList<>(rooms.size());
        for (Room room : rooms) {
            out.add(VideoJson.roomInfo(room, false));
        }
        return new VideoReply("success", out);
    }
}

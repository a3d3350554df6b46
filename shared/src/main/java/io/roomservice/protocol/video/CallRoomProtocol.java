package io.roomservice.protocol.video;

import io.roomservice.domain.credentials.SignInfo;
import io.roomservice.domain.credentials.TrtcCredentials;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.LeaveResult;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomIds;
import io.roomservice.protocol.Params;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parameters and replies of the webrtcroom-* actions, with the original field names
 * ({@code roomInfo}: creator, roomID, roomName, members, createTime; {@code signInfo}:
 * userSig, privateMapKey, userID, sdkAppID). Member ids are shown only to members, and
 * no list or info reply carries anyone's signatures.
 */
public final class CallRoomProtocol {

    public static final int MAX_ROOM_NAME = 64;
    public static final int MAX_PAGE = 100;

    private CallRoomProtocol() {
    }

    /** The roomID parameter when present: a canonical TRTC room id or BAD_ROOM. */
    public static Optional<String> optionalRoomId(Params params) {
        Optional<String> text = params.optionalText("roomID", 20);
        if (text.isPresent() && RoomIds.parseNumeric(text.get()) < 0) {
            throw new VideoException(VideoCode.BAD_ROOM,
                    "roomID must be a whole number from 1 to 4294967295 without leading zeros");
        }
        return text;
    }

    public static String roomId(Params params) {
        if (!params.has("roomID")) {
            throw new VideoException(VideoCode.BAD_PARAMETER, "roomID is required");
        }
        return optionalRoomId(params).orElseThrow();
    }

    public static Optional<String> roomName(Params params) {
        return params.optionalText("roomName", MAX_ROOM_NAME);
    }

    public static int skip(Params params) {
        return params.integer("skip", 0, 0, 1_000_000);
    }

    public static int limit(Params params) {
        return params.integer("limit", 10, 1, MAX_PAGE);
    }

    public static VideoReply entered(JoinResult result, String userId, TrtcCredentials credentials) {
        if (result.outcome() == JoinResult.Outcome.FULL) {
            throw new VideoException(VideoCode.ROOM_FULL, "the room is full (" + result.room().capacity() + " members)");
        }
        Room room = result.room();
        SignInfo sign = credentials.forMember(userId, RoomIds.parseNumeric(room.roomId()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roomInfo", roomInfo(room, true));
        data.put("signInfo", signInfo(sign));
        String message = result.outcome() == JoinResult.Outcome.CREATED ? "create success" : "enter success";
        return new VideoReply(message, data);
    }

    public static VideoReply quit(LeaveResult result) {
        switch (result.outcome()) {
            case NOT_FOUND:
                throw new VideoException(VideoCode.BAD_ROOM, "the room does not exist");
            case NOT_MEMBER:
                throw new VideoException(VideoCode.NOT_MEMBER, "you are not a member of this room");
            default:
                break;
        }
        Map<String, Object> data = roomInfo(result.room(), true);
        boolean ended = result.outcome() == LeaveResult.Outcome.ROOM_ENDED;
        data.put("status", Map.of("stats", Map.of(ended ? "removed" : "updated", 1)));
        return new VideoReply("success", data);
    }

    public static VideoReply info(Optional<Room> room, String userId) {
        return new VideoReply("success", room.map(r -> roomInfo(r, r.hasMember(userId))).orElse(null));
    }

    public static VideoReply list(List<Room> rooms) {
        List<Map<String, Object>> out = new ArrayList<>(rooms.size());
        for (Room room : rooms) {
            out.add(roomInfo(room, false));
        }
        return new VideoReply("success", out);
    }

    private static Map<String, Object> roomInfo(Room room, boolean showMembers) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("creator", room.creator());
        info.put("roomID", room.roomId());
        info.put("roomName", room.name());
        if (showMembers) {
            info.put("members", room.members());
        }
        info.put("memberCount", room.memberCount());
        info.put("maxMembers", room.capacity());
        info.put("createTime", jsDate(room.createdAt()));
        return info;
    }

    /** A time as JavaScript's Date.toJSON writes it: 2019-02-12T12:00:00.000Z. */
    static String jsDate(long epochMillis) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(24);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2).append('.');
        return pad(out, t.getNano() / 1_000_000, 3).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    private static Map<String, Object> signInfo(SignInfo sign) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("privateMapKey", sign.privateMapKey());
        out.put("userSig", sign.userSig());
        out.put("userID", sign.userId());
        out.put("sdkAppID", sign.sdkAppId());
        return out;
    }
}

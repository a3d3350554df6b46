package io.roomservice.protocol.video;

import io.roomservice.domain.credentials.SignInfo;
import io.roomservice.domain.room.Room;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON pieces the video family's replies share, with the original field names. */
final class VideoJson {

    private VideoJson() {
    }

    /** creator, roomID, roomName, members (only when shown), memberCount, maxMembers, createTime. */
    static Map<String, Object> roomInfo(Room room, boolean showMembers) {
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

    /** privateMapKey (when for a room), userSig, userID, sdkAppID. */
    static Map<String, Object> signInfo(SignInfo sign) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (sign.privateMapKey() != null) {
            out.put("privateMapKey", sign.privateMapKey());
        }
        out.put("userSig", sign.userSig());
        out.put("userID", sign.userId());
        out.put("sdkAppID", sign.sdkAppId());
        return out;
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
}

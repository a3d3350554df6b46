package io.roomservice.protocol.video;

import io.roomservice.domain.room.RoomIds;
import io.roomservice.protocol.Params;
import java.util.Optional;

/** The video family's parameters, with their limits and its codes for bad values. */
public final class VideoParams {

    public static final int MAX_ROOM_NAME = 64;
    public static final int MAX_PAGE = 100;

    private VideoParams() {
    }

    /** The roomID parameter when present: a canonical TRTC room id, or BAD_ROOM. */
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

    /** What an enter names: a roomID (create or join), a roomName (create), or both; never neither. */
    public static Optional<String> enterRoomId(Params params) {
        Optional<String> roomId = optionalRoomId(params);
        if (roomId.isEmpty() && roomName(params).isEmpty()) {
            throw new VideoException(VideoCode.BAD_PARAMETER, "roomID or roomName is required");
        }
        return roomId;
    }

    public static int skip(Params params) {
        return params.integer("skip", 0, 0, 1_000_000);
    }

    public static int limit(Params params) {
        return params.integer("limit", 10, 1, MAX_PAGE);
    }

    /** The WeChat VoIP group id the developer chose: 1-64 printable ASCII characters. */
    public static String groupId(Params params) {
        String groupId = params.requiredText("groupId", 64);
        for (int i = 0; i < groupId.length(); i++) {
            char ch = groupId.charAt(i);
            if (ch < 0x21 || ch > 0x7E) {
                throw new VideoException(VideoCode.BAD_PARAMETER, "groupId must be printable ASCII without spaces");
            }
        }
        return groupId;
    }

    /** The code from wx.login. */
    public static String loginCode(Params params) {
        return params.requiredText("code", 128);
    }
}

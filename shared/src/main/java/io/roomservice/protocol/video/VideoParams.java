package io.roomservice.protocol.video;

import io.roomservice.domain.live.LiveRoomIds;
import io.roomservice.domain.room.RoomIds;
import io.roomservice.protocol.Params;
import java.util.Optional;

/** The video family's parameters, with their limits and its codes for bad values. */
public final class VideoParams {

    public static final int MAX_ROOM_NAME = 64;
    public static final int MAX_PAGE = 100;
    private static final int MAX_ROOM_ID_LENGTH = 20;

    private VideoParams() {
    }

    /** The roomID parameter of a video-call room when present: a canonical TRTC room id, or BAD_ROOM. */
    public static Optional<String> optionalRoomId(Params params) {
        Optional<String> text = params.optionalText("roomID", MAX_ROOM_ID_LENGTH);
        if (text.isPresent() && RoomIds.parseNumeric(text.get()) < 0) {
            throw new VideoException(VideoCode.BAD_ROOM,
                    "roomID must be a whole number from 1 to 4294967295 without leading zeros");
        }
        return text;
    }

    public static String roomId(Params params) {
        requireRoomId(params);
        return optionalRoomId(params).orElseThrow();
    }

    /** The roomID parameter of a live room when present: 1 to 11 digits as written, or BAD_ROOM. */
    public static Optional<String> optionalLiveRoomId(Params params) {
        Optional<String> text = params.optionalText("roomID", MAX_ROOM_ID_LENGTH);
        if (text.isPresent() && !LiveRoomIds.isValid(text.get())) {
            throw new VideoException(VideoCode.BAD_ROOM,
                    "roomID must be 1 to " + LiveRoomIds.MAX_DIGITS + " digits");
        }
        return text;
    }

    public static String liveRoomId(Params params) {
        requireRoomId(params);
        return optionalLiveRoomId(params).orElseThrow();
    }

    private static void requireRoomId(Params params) {
        if (!params.has("roomID")) {
            throw new VideoException(VideoCode.BAD_PARAMETER, "roomID is required");
        }
    }

    public static Optional<String> roomName(Params params) {
        return params.optionalText("roomName", MAX_ROOM_NAME);
    }

    /** What an enter names: a roomID (create or join), a roomName (create), or both; never neither. */
    public static Optional<String> enterRoomId(Params params) {
        return requireIdOrName(params, optionalRoomId(params));
    }

    /** {@link #enterRoomId} for a live room. */
    public static Optional<String> enterLiveRoomId(Params params) {
        return requireIdOrName(params, optionalLiveRoomId(params));
    }

    private static Optional<String> requireIdOrName(Params params, Optional<String> roomId) {
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

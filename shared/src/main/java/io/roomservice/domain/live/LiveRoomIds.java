package io.roomservice.domain.live;

/**
 * Live-room ids as the original accepted them ({@code /^[0-9]{1,11}$/}): one to eleven ASCII
 * digits, kept exactly as written. A live room is not a TRTC room (its anchor pushes RTMP to
 * the live-streaming domain), so the TRTC uint32 rule of the video-call rooms does not apply.
 */
public final class LiveRoomIds {

    public static final int MAX_DIGITS = 11;

    private LiveRoomIds() {
    }

    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }
}

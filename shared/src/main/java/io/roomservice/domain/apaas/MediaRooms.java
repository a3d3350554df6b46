package io.roomservice.domain.apaas;

/**
 * The TRTC side of a room: its media session, which the room's end dismisses and a kick leaves.
 * A call TRTC did not carry out throws {@link MediaFailure}; the rooms decide what that answers.
 */
public interface MediaRooms {

    /** Ends the TRTC room for everyone in it; a room nobody is in counts as dismissed. */
    void dismiss(String roomId);

    /** Takes one user out of the TRTC room; a user who is not in it counts as removed. */
    void remove(String roomId, String userId);

    /** The media service did not carry out a call: it refused it, or no answer came. */
    class MediaFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        protected MediaFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

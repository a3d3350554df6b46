package io.roomservice.domain.apaas;

/** The TRTC side of a room: its media session, which the room's end dismisses and a kick leaves. */
public interface MediaRooms {

    /** Ends the TRTC room for everyone in it; a room nobody is in counts as dismissed. */
    void dismiss(String roomId);

    /** Takes one user out of the TRTC room; a user who is not in it counts as removed. */
    void remove(String roomId, String userId);
}

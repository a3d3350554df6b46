package io.roomservice.infra.trtc;

import io.roomservice.domain.apaas.MediaRooms;

/** A TRTC room call (dismiss, remove a user) failed: TRTC's error code and request id are in the message. */
public final class TrtcRoomException extends MediaRooms.MediaFailure {
    private static final long serialVersionUID = 1L;

    TrtcRoomException(String message, Throwable cause) {
        super(message, cause);
    }
}

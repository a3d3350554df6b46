package io.roomservice.infra.media;

/** The states media_member_states records. */
public final class MediaStates {

    public static final String ENTERED = "in";
    public static final String EXITED = "out";
    /** The room's own row (user_id ''): the TRTC room was dismissed. */
    public static final String DISMISSED = "ended";

    private MediaStates() {
    }
}

package io.roomservice.domain.apaas;

/** Where an aPaaS room is in its life. */
public enum RoomStatus {
    /** An id from generate_roomid that its owner has not entered yet; only the owner can open it. */
    RESERVED("reserved"),
    OPEN("open"),
    /** Destroyed, or ended by the sweeper: it stays ended, and its id is never used again. */
    ENDED("ended");

    private final String label;

    RoomStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RoomStatus of(String label) {
        for (RoomStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown room status " + label);
    }
}

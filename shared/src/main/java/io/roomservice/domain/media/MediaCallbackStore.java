package io.roomservice.domain.media;

import java.util.List;
import java.util.Optional;

/**
 * What the TRTC callbacks leave behind: a receipt per callback body (so Tencent's retries
 * apply once) and, per (app, room, user), the latest enter or exit by the event's own time.
 * Also reads which open rooms of the families carry a TRTC room id.
 */
public interface MediaCallbackStore {

    /** Tencent's answer timeout: an attempt younger than this may still be applying its callback. */
    long IN_FLIGHT_MILLIS = 5_000;

    /** The states recorded per (app, room, user). */
    String ENTERED = "in";
    String EXITED = "out";
    /** The room's own entry (user id ''): the TRTC room was dismissed. */
    String DISMISSED = "ended";

    /**
     * Whether a body was seen before, and whether its effect was applied to the end: NEW, DONE,
     * IN_FLIGHT (another request is applying it right now) or PENDING (an earlier attempt
     * began longer ago than the in-flight time and did not finish: it failed).
     */
    enum Receipt { NEW, IN_FLIGHT, PENDING, DONE }

    /** How the event stands against the latest recorded for its room and user. */
    enum Order { NEWER, SAME, STALE }

    /** The receipt and the order of one callback, decided in one transaction. */
    final class Decision {
        public final Receipt receipt;
        public final Order order;

        public Decision(Receipt receipt, Order order) {
            this.receipt = receipt;
            this.order = order;
        }
    }

    /** A user's latest recorded state in a TRTC room. */
    final class MemberState {
        public final String state;
        public final long eventMs;
        public final int reason;
        public final boolean admitted;

        public MemberState(String state, long eventMs, int reason, boolean admitted) {
            this.state = state;
            this.eventMs = eventMs;
            this.reason = reason;
            this.admitted = admitted;
        }
    }

    /**
     * Records the callback's receipt and, when the event is the latest of its (room, user),
     * its state. An exit and an enter of the same millisecond: the exit wins.
     */
    Decision record(MediaEvent e, byte[] bodyDigest, String state, long now);

    /** The callback's effect was applied: its retries change nothing. */
    void done(long sdkAppId, byte[] bodyDigest);

    /** Whether a family had admitted the user TRTC saw enter (false: recorded, not admitted). */
    void admitted(MediaEvent e, boolean admitted);

    /** The latest recorded state of a user in a TRTC room. */
    Optional<MemberState> state(long sdkAppId, String roomId, String userId);

    /**
     * The open rooms under this id in every family whose members are TRTC users, each with
     * {@code userId}'s membership (role and join time) when they have one: of the default tenant
     * (scope ''), or of a tenant with its own app, whose rooms are aPaaS rooms only.
     */
    List<MediaRoom> openRooms(String scope, String roomId, String userId);
}

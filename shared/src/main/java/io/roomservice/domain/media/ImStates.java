package io.roomservice.domain.media;

import io.roomservice.domain.user.Presence;

/**
 * Tencent IM's State.StateChange callbacks (already authenticated) on presence: a Logout or a
 * Disconnect ends the user's presence at once (online state and presence in their rooms); a
 * Login makes them present again until the keepalive window lapses. A change older than the
 * latest applied for the user (by its EventTime) changes nothing.
 */
public final class ImStates {

    public static final String LOGIN = "Login";
    public static final String LOGOUT = "Logout";
    public static final String DISCONNECT = "Disconnect";

    /** What became of one state change. */
    public enum Outcome { APPLIED, STALE, IGNORED }

    private final ImUserStateStore store;
    private final Presence presence;

    public ImStates(ImUserStateStore store, Presence presence) {
        this.store = store;
        this.presence = presence;
    }

    public Outcome apply(String userId, String action, String reason, long eventMs) {
        boolean ends = LOGOUT.equals(action) || DISCONNECT.equals(action);
        if (!ends && !LOGIN.equals(action)) {
            return Outcome.IGNORED;
        }
        if (!store.recordIfLatest(userId, action, reason, eventMs)) {
            return Outcome.STALE;
        }
        if (ends) {
            presence.endNow(userId);
        } else {
            presence.touch(userId);
        }
        return Outcome.APPLIED;
    }
}

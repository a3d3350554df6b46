package io.roomservice.domain.roomservice;

import io.roomservice.domain.room.LivenessIndex;
import java.util.List;
import java.util.Map;

/**
 * The RoomService side of the one {@link LivenessIndex}: pushers' last heartbeats, with the
 * RoomService window (the heartbeat timeout, applied by the caller). A heartbeat only refreshes
 * an existing entry (added when the pusher joins), so it answers "not a member" without
 * touching the database; the sweeper finds the stale entries with one range query.
 */
final class Heartbeats {

    enum Refresh { REFRESHED, MISSING, STALE }

    private final LivenessIndex index;

    Heartbeats(LivenessIndex index) {
        this.index = index;
    }

    /** Runs a heartbeat step after a committed change; the index being out of reach is logged, not thrown. */
    void afterCommit(String what, Runnable step) {
        index.afterCommit(what, step);
    }

    void beat(RoomType type, String roomId, String userId, long nowMillis) {
        index.beat(type.kind(), roomId, userId, nowMillis);
    }

    /** Refreshes a pusher's heartbeat unless it has none or it went stale before {@code staleBefore}. */
    Refresh refresh(RoomType type, String roomId, String userId, long nowMillis, long staleBefore) {
        return Refresh.valueOf(index.refresh(type.kind(), roomId, userId, nowMillis, staleBefore).name());
    }

    /** The last heartbeat of each user (absent when there is none). */
    Map<String, Long> last(RoomType type, String roomId, List<String> userIds) {
        return index.lastBeats(type.kind(), roomId, userIds);
    }

    void remove(RoomType type, String roomId, List<String> userIds) {
        index.remove(type.kind(), roomId, userIds);
    }

    /** Entries whose last heartbeat is older than {@code beforeMillis}, oldest first. */
    List<LivenessIndex.Stale> staleBefore(long beforeMillis, int limit) {
        return index.staleBefore(beforeMillis, limit);
    }
}

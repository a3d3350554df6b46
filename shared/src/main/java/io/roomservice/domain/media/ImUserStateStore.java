package io.roomservice.domain.media;

import java.util.Optional;

/** Per IM user, the latest State.StateChange by its EventTime (so a late one changes nothing). */
public interface ImUserStateStore {

    /** Records the change when it is later than the latest recorded for the user; whether it was. */
    boolean recordIfLatest(String userId, String action, String reason, long eventMs);

    /** The latest recorded action of the user. */
    Optional<String> latestAction(String userId);
}

package io.roomservice.domain.imgroups;

import java.util.List;
import java.util.OptionalLong;

/**
 * One family's IM group intents. Every write sets a fresh claim token; a caller changes or
 * removes only the intent it wrote or claimed, so a newer intent for the same group (a room
 * created again under the same id) is never lost to an older call finishing late.
 */
public interface GroupIntentStore {

    /** What is to be done to a group. */
    enum Intent {
        CREATE("create"),
        DESTROY("destroy");

        private final String label;

        Intent(String label) {
            this.label = label;
        }

        /** The intent's stored name. */
        public String label() {
            return label;
        }

        public static Intent of(String label) {
            return CREATE.label.equals(label) ? CREATE : DESTROY;
        }
    }

    /** An intent whose next attempt is due. */
    final class Due {
        final String groupId;
        final Intent intent;
        final int attempts;
        final long token;

        public Due(String groupId, Intent intent, int attempts, long token) {
            this.groupId = groupId;
            this.intent = intent;
            this.attempts = attempts;
            this.token = token;
        }

        public String groupId() {
            return groupId;
        }

        /** The claim token the intent had when it was read. */
        public long token() {
            return token;
        }
    }

    /** The family whose groups these are. */
    GroupFamily family();

    /** Records (or replaces) the intent for the group; the token that owns it. */
    long record(String groupId, Intent intent, long nextAttemptAt, long now);

    /** Removes the intent if it is still the one {@code token} owns. */
    void forget(String groupId, long token);

    /** Removes the group's create intent (whoever wrote it): a room holds the group now. */
    void forgetCreate(String groupId);

    /** Turns the intent {@code token} owns into a destroy due at {@code nextAttemptAt}. */
    void destroyLater(String groupId, long token, long nextAttemptAt);

    /** Up to {@code limit} intents due at {@code now}, the longest waiting first. */
    List<Due> due(long now, int limit);

    /**
     * Takes a due intent for one attempt, moving its next attempt to {@code nextAttemptAt} first
     * (so a sweeper that dies mid-call leaves it to a later sweep); the new token, or empty when
     * another sweeper or a request changed the intent meanwhile.
     */
    OptionalLong claim(Due due, long nextAttemptAt);
}

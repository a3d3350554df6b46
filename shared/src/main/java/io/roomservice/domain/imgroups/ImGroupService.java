package io.roomservice.domain.imgroups;

/**
 * The IM (instant messaging) group operations the rooms use: each room has an IM group its
 * members chat and are notified in. A failed call throws {@link ImFailure}; the caller decides
 * what its family answers.
 */
public interface ImGroupService {

    /** Creates a group; a group id that already exists counts as created (retries and races are harmless). */
    void createGroup(String groupId, String type, String name);

    /** Destroys a group; one that is already gone counts as destroyed. */
    void destroyGroup(String groupId);

    /** A system notification to every member of the group. */
    void sendGroupSystemNotification(String groupId, String content);
}

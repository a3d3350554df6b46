package io.roomservice.domain.imgroups;

/** The family's answer to "does a live room still use this group?", asked before a leftover group is destroyed. */
@FunctionalInterface
public interface LiveGroups {
    boolean hasLiveRoom(String groupId);
}

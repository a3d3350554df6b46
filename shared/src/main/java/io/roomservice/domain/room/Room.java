package io.roomservice.domain.room;

import java.util.List;

/** A room as stored: one model for every family; {@code kind} says whose rules apply. */
public final class Room {

    private final long pk;
    private final String kind;
    private final String roomId;
    private final String name;
    private final String creator;
    private final int capacity;
    private final int memberCount;
    private final long createdAt;
    private final List<String> members;

    public Room(long pk, String kind, String roomId, String name, String creator, int capacity,
         int memberCount, long createdAt, List<String> members) {
        this.pk = pk;
        this.kind = kind;
        this.roomId = roomId;
        this.name = name;
        this.creator = creator;
        this.capacity = capacity;
        this.memberCount = memberCount;
        this.createdAt = createdAt;
        this.members = List.copyOf(members);
    }

    public long pk() {
        return pk;
    }

    public String kind() {
        return kind;
    }

    public String roomId() {
        return roomId;
    }

    public String name() {
        return name;
    }

    public String creator() {
        return creator;
    }

    public int capacity() {
        return capacity;
    }

    public int memberCount() {
        return memberCount;
    }

    /** Epoch milliseconds. */
    public long createdAt() {
        return createdAt;
    }

    /** Members in the order they joined; empty when the list was not loaded. */
    public List<String> members() {
        return members;
    }

    /** Whether the room has no seat left for one more member. */
    public boolean isFull() {
        return isFullWith(memberCount);
    }

    /** Whether {@code members} members take every seat of the room. */
    public boolean isFullWith(int members) {
        return members >= capacity;
    }

    public boolean hasMember(String userId) {
        return members.contains(userId);
    }

    Room withMembers(List<String> newMembers) {
        return new Room(pk, kind, roomId, name, creator, capacity, newMembers.size(), createdAt, newMembers);
    }
}

package io.roomservice.domain.room;

/** What a room is created with when the first member's enter creates it. */
public final class NewRoom {

    final String roomId;
    final String name;
    final int capacity;

    public NewRoom(String roomId, String name, int capacity) {
        this.roomId = roomId;
        this.name = name;
        this.capacity = capacity;
    }
}

package io.roomservice.domain.events;

import io.roomservice.domain.room.RoomRepository;
import java.util.List;

/**
 * Members a family keeps beside the core's (RoomService audiences, in {@code rs_audiences}):
 * they go with the room when it is deleted, so its end announces their leaving too.
 */
@FunctionalInterface
public interface SideMembers {

    SideMembers NONE = room -> List.of();

    List<RoomRepository.Membership> of(RoomRef room);
}

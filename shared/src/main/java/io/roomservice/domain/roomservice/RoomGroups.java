package io.roomservice.domain.roomservice;

import io.roomservice.infra.im.ImClient;
import io.roomservice.infra.im.ImException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One IM AVChatRoom group per room, named by the room id (the clients join the group of
 * that name), and the {@code notifyPusherChange} system notification. Without IM
 * configured, rooms work without groups and notifications.
 */
final class RoomGroups {

    private static final Logger LOG = Logger.getLogger(RoomGroups.class.getName());
    static final String PUSHER_CHANGE = "{\"cmd\":\"notifyPusherChange\",\"data\":\"\"}";

    private final Optional<ImClient> im;

    RoomGroups(Optional<ImClient> im) {
        this.im = im;
    }

    /** Creates the room's group; a failure is the caller's to answer (the room is undone). */
    void create(String roomId) {
        im.ifPresent(client -> client.createGroup(roomId, "AVChatRoom", roomId));
    }

    /** Destroys the room's group; a failure is logged (the room is gone either way). */
    void destroy(String roomId) {
        im.ifPresent(client -> {
            try {
                client.destroyGroup(roomId);
            } catch (ImException e) {
                LOG.warning("room " + roomId + ": " + e.getMessage());
            }
        });
    }

    /** Tells the room's members that its pushers changed; a failure is logged. */
    void pusherChanged(String roomId) {
        im.ifPresent(client -> {
            try {
                client.sendGroupSystemNotification(roomId, PUSHER_CHANGE);
            } catch (ImException e) {
                LOG.warning("room " + roomId + ": " + e.getMessage());
            }
        });
    }
}

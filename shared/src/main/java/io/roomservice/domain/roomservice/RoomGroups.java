package io.roomservice.domain.roomservice;

import io.roomservice.domain.imgroups.GroupReconciliation;
import io.roomservice.domain.imgroups.ImFailure;
import io.roomservice.domain.imgroups.ImGroupService;
import io.roomservice.domain.imgroups.ImGroups;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One IM AVChatRoom group per room, named by the room id (the clients join the group of
 * that name), and the {@code notifyPusherChange} system notification. Creating and
 * destroying go through {@link ImGroups}, so a group whose call failed or whose request
 * died half-way is finished by the sweeper. Without IM configured, rooms work without
 * groups and notifications.
 */
final class RoomGroups {

    private static final Logger LOG = Logger.getLogger(RoomGroups.class.getName());
    static final String PUSHER_CHANGE = "{\"cmd\":\"notifyPusherChange\",\"data\":\"\"}";

    private final Optional<ImGroupService> im;
    private final ImGroups groups;

    RoomGroups(Optional<ImGroupService> im, ImGroups groups) {
        this.im = im;
        this.groups = groups;
    }

    /** Creates the room's group; a failure is the caller's to answer (the room is undone, the sweeper destroys the group). */
    void create(String roomId) {
        groups.create(roomId, "AVChatRoom", roomId);
    }

    /** The room row holds its group now. */
    void held(String roomId) {
        groups.held(roomId);
    }

    /** Destroys the room's group; a failure is logged and left to the sweeper (the room is gone either way). */
    void destroy(String roomId) {
        groups.destroy(roomId);
    }

    /** The sweeper's part: finishes the creates and destroys requests left behind. */
    GroupReconciliation reconcile(int limit) {
        return groups.reconcile(limit);
    }

    /** Tells the room's members that its pushers changed; a failure is logged. */
    void pusherChanged(String roomId) {
        im.ifPresent(client -> {
            try {
                client.sendGroupSystemNotification(roomId, PUSHER_CHANGE);
            } catch (ImFailure e) {
                LOG.warning("room " + roomId + ": " + e.getMessage());
            }
        });
    }
}

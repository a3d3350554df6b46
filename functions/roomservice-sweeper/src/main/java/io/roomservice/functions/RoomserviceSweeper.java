package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.SweepReport;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.util.logging.Logger;

/**
 * The RoomService sweeper, on a timer trigger: removes pushers whose heartbeats stopped and
 * rooms never joined within the idle time, destroying their IM groups and telling the
 * members. Reads already hide both, so the timer's period only bounds how long they linger.
 */
@Anonymous("a timer, not a client")
public final class RoomserviceSweeper extends RoomServiceFunction {

    private static final Logger LOG = Logger.getLogger(RoomserviceSweeper.class.getName());

    private final RoomServiceRooms rooms;

    public RoomserviceSweeper() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceSweeper(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceSweeper(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        SweepReport report = rooms.sweep();
        LOG.info("roomservice sweep: " + report);
        return RoomServiceReply.ok()
                .with("stalePushersRemoved", report.stalePushersRemoved())
                .with("idleRoomsReaped", report.idleRoomsReaped())
                .with("imGroupsReconciled", report.groups().total())
                .with("errors", report.errors());
    }
}

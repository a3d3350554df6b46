package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.apaas.ApaasSweepReport;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The aPaaS rooms' sweeper, on a timer trigger: removes members whose keepalives stopped, ends rooms
 * whose owner has gone for the grace period (with their IM groups and TRTC rooms), retries failed
 * teardowns. Reads already hide what it removes, so its period only bounds how long rows linger.
 */
@Anonymous("a timer, not a client")
public final class ApaasRoomsSweeper extends ApaasFunction {

    private static final Logger LOG = Logger.getLogger(ApaasRoomsSweeper.class.getName());

    private final ApaasRooms rooms;

    public ApaasRoomsSweeper() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsSweeper(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsSweeper(FamilyServices family, ApaasRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        ApaasSweepReport report = rooms.sweep();
        LOG.info("apaas rooms sweep: " + report);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("staleMembersRemoved", report.staleMembersRemoved());
        data.put("roomsEnded", report.roomsEnded());
        data.put("reservationsExpired", report.reservationsExpired());
        data.put("teardownsDone", report.teardownsDone());
        data.put("imGroupsReconciled", report.groups().total());
        data.put("errors", report.errors());
        return new ApaasReply("sweep ok", data);
    }
}

package io.roomservice.domain.apaas;

import static io.roomservice.config.SettingsCatalogue.APAAS_ADMIN_USER_IDS;
import static io.roomservice.config.SettingsCatalogue.APAAS_KICK_BAN_SECONDS;
import static io.roomservice.config.SettingsCatalogue.APAAS_OWNER_ASSIGNED_ROLES;
import static io.roomservice.config.SettingsCatalogue.APAAS_ROOM_GRACE_SECONDS;
import static io.roomservice.config.SettingsCatalogue.APAAS_ROOM_MAX_MEMBERS;
import static io.roomservice.config.SettingsCatalogue.APAAS_ROOM_RESERVATION_SECONDS;

import io.roomservice.config.Settings;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.domain.room.RoomPolicy;
import java.util.Optional;
import java.util.Set;

/**
 * The limits and roles of aPaaS rooms, from the settings:
 * APAAS_ROOM_MAX_MEMBERS (10000), APAAS_KICK_BAN_SECONDS (600: how long a kicked member
 * stays out), APAAS_ROOM_GRACE_SECONDS (60: how long a room whose owner has gone waits
 * before the sweeper ends it), APAAS_ROOM_RESERVATION_SECONDS (3600: how long a generated
 * id waits for its owner to enter), APAAS_OWNER_ASSIGNED_ROLES (anchor: roles that only the
 * owner gives) and APAAS_ADMIN_USER_IDS (users who may manage every room of their tenant).
 */
public final class ApaasRoomRules {

    static final String OWNER_ROLE = SettingsCatalogue.DEFAULT_APAAS_OWNER_ASSIGNED_ROLES;
    static final String MEMBER_ROLE = "audience";

    /** aPaaS rooms over the room core: no leave ends a room (its owner may come back; the sweeper ends abandoned rooms); an ended room stays. */
    static final RoomPolicy LIFECYCLE = new RoomPolicy(ApaasRoomRepository.KIND, OWNER_ROLE, MEMBER_ROLE, false, false, true);

    final int maxMembers;
    final long banMillis;
    final long graceMillis;
    final long reservationMillis;
    private final Set<String> ownerAssignedRoles;
    private final Set<String> admins;

    ApaasRoomRules(int maxMembers, long banSeconds, long graceSeconds, long reservationSeconds,
                   Set<String> ownerAssignedRoles, Set<String> admins) {
        this.maxMembers = maxMembers;
        this.banMillis = banSeconds * 1000;
        this.graceMillis = graceSeconds * 1000;
        this.reservationMillis = reservationSeconds * 1000;
        this.ownerAssignedRoles = ownerAssignedRoles;
        this.admins = admins;
    }

    public static ApaasRoomRules from(Settings settings) {
        return new ApaasRoomRules(
                settings.integer(APAAS_ROOM_MAX_MEMBERS),
                settings.seconds(APAAS_KICK_BAN_SECONDS),
                settings.seconds(APAAS_ROOM_GRACE_SECONDS),
                settings.seconds(APAAS_ROOM_RESERVATION_SECONDS),
                Set.copyOf(settings.list(APAAS_OWNER_ASSIGNED_ROLES)),
                Set.copyOf(settings.list(APAAS_ADMIN_USER_IDS)));
    }

    boolean isAdmin(String userId) {
        return admins.contains(userId);
    }

    /** Whether only the owner may give this role. */
    boolean ownerAssigns(String role) {
        return ownerAssignedRoles.contains(role);
    }

    /** The role someone entering gets: what they ask for, except that only the owner takes an owner-assigned role. */
    String roleOnEntry(boolean owner, Optional<String> requested) {
        if (owner) {
            return requested.orElse(OWNER_ROLE);
        }
        return requested.filter(r -> !ownerAssigns(r)).orElse(MEMBER_ROLE);
    }
}

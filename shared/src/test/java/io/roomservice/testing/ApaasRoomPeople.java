package io.roomservice.testing;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.user.Login;
import java.util.Optional;

/**
 * Test users of one app and the aPaaS rooms they enter under one appId, set up through the
 * domain service (not over HTTP) so a handler test can arrange rooms before it calls.
 */
public final class ApaasRoomPeople {

    private final App app;
    private final String appId;

    public ApaasRoomPeople(App app, String appId) {
        this.app = app;
        this.appId = appId;
    }

    /** A newly signed-up user named {@code name} plus a random suffix. */
    public Login user(String name) {
        return ApaasUsers.signUp(app, name + "-" + TestApps.randomHex(4));
    }

    public static String id(Login login) {
        return login.user().userId();
    }

    /** A fresh room id: {@code prefix} followed by eight random hex digits. */
    public static String newRoomId(String prefix) {
        return prefix + TestApps.randomHex(4);
    }

    public ApaasRooms.Entered enter(Login login, String roomId) {
        return enter(login, roomId, RoomFields.NONE);
    }

    public ApaasRooms.Entered enter(Login login, String roomId, RoomFields fields) {
        return app.apaasRooms().enter(id(login), Optional.of(roomId), appId, Optional.empty(), fields);
    }

    /** {@code owner} enters {@code roomId} (opening it if new), then each member does; answers {@code roomId}. */
    public String room(String roomId, Login owner, Login... members) {
        return room(roomId, RoomFields.NONE, owner, members);
    }

    /** As {@link #room(String, Login, Login...)}, the owner entering with {@code fields}. */
    public String room(String roomId, RoomFields fields, Login owner, Login... members) {
        enter(owner, roomId, fields);
        for (Login member : members) {
            enter(member, roomId);
        }
        return roomId;
    }
}

package io.roomservice.domain.user;

/** What deleting a user does to the rooms they are in or own, in every family. */
public interface UserRooms {

    void forgetUser(String userId);
}

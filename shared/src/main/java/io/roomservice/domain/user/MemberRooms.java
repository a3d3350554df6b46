package io.roomservice.domain.user;

import java.util.List;

/** The open aPaaS rooms a user is a member of, read from the database: the truth about membership. */
public interface MemberRooms {

    List<Long> openRoomsOf(String userId);
}

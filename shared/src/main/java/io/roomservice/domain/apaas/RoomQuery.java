package io.roomservice.domain.apaas;

import java.util.List;
import java.util.Optional;

/** What query_room asks for: the app's open rooms, filtered, in one order, one page. */
public final class RoomQuery {

    public enum Order { CREATED, TOTAL_JOINED }

    final String appId;
    final Optional<String> category;
    final List<String> roomIds;
    final Optional<Long> createdFrom;
    final Optional<Long> createdBefore;
    final Order order;
    final int offset;
    final Optional<Cursor> cursor;
    final int limit;

    public RoomQuery(String appId, Optional<String> category, List<String> roomIds, Optional<Long> createdFrom,
                     Optional<Long> createdBefore, Order order, int offset, Optional<Cursor> cursor, int limit) {
        this.appId = appId;
        this.category = category;
        this.roomIds = roomIds;
        this.createdFrom = createdFrom;
        this.createdBefore = createdBefore;
        this.order = order;
        this.offset = offset;
        this.cursor = cursor;
        this.limit = limit;
    }

    public String appId() {
        return appId;
    }

    public Optional<String> category() {
        return category;
    }

    public List<String> roomIds() {
        return roomIds;
    }

    public Optional<Long> createdFrom() {
        return createdFrom;
    }

    public Optional<Long> createdBefore() {
        return createdBefore;
    }

    public Order order() {
        return order;
    }
}

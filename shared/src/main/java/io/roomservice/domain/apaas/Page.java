package io.roomservice.domain.apaas;

import java.util.List;
import java.util.Optional;

/** One page of a listing, with the opaque cursor of the next page when there may be one. */
public final class Page<T> {

    private final List<T> items;
    private final Optional<String> nextCursor;

    Page(List<T> items, Optional<String> nextCursor) {
        this.items = items;
        this.nextCursor = nextCursor;
    }

    public List<T> items() {
        return items;
    }

    public Optional<String> nextCursor() {
        return nextCursor;
    }
}

package io.roomservice.domain.apaas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gathers one page of a listing that is read in batches and filtered after reading (rooms
 * whose owner is not present, members who are not present): skips {@code offset} shown
 * items, keeps {@code limit}, and looks one item further to know whether a next page exists.
 * It stops looking after too many hidden items, so one page never reads without bound.
 */
final class PageBuilder<T> {

    static final int BATCH = 100;
    private static final int MAX_HIDDEN = 2_000;

    private final int limit;
    private final List<T> shown = new ArrayList<>();
    private int toSkip;
    private int hidden;
    private boolean more;

    PageBuilder(int offset, int limit) {
        this.toSkip = offset;
        this.limit = limit;
    }

    /** The size of the first batch to read: just enough for the page and the look-ahead. */
    int firstBatch() {
        return Math.min(BATCH, limit + toSkip + 1);
    }

    void hide() {
        hidden++;
    }

    /** Offers the next shown item; false once the page is full and this one shows that another page follows. */
    boolean offer(T item) {
        if (toSkip > 0) {
            toSkip--;
        } else if (shown.size() < limit) {
            shown.add(item);
        } else {
            more = true;
        }
        return !more;
    }

    /** Whether another batch is worth reading after one that returned {@code read} of {@code asked} items. */
    boolean wantsMore(int read, int asked) {
        return !more && read == asked && hidden <= MAX_HIDDEN;
    }

    Page<T> page(Function<T, Cursor> cursorAfter) {
        return new Page<>(shown, more ? Optional.of(cursorAfter.apply(shown.get(shown.size() - 1)).encode()) : Optional.empty());
    }
}

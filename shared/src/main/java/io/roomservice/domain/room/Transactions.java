package io.roomservice.domain.room;

/**
 * Runs a unit of work in one database transaction: the repositories it calls take part in that
 * transaction, and the work runs again when the database chose it as a deadlock's victim, so
 * the work must have no effects outside the database. A unit of work started inside another
 * joins it.
 */
public interface Transactions {

    /** One unit of work: repository calls that commit together or not at all. */
    @FunctionalInterface
    interface Work<T> {
        T run();
    }

    <T> T inTransaction(Work<T> work);
}

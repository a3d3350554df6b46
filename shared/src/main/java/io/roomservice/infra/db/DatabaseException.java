package io.roomservice.infra.db;

/** The database could not be reached or refused the work; callers answer their system error. */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}

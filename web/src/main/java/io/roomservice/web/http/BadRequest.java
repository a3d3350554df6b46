package io.roomservice.web.http;

/** A request the server cannot read as HTTP: answered with {@code status} and the connection closed. */
final class BadRequest extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}

package io.roomservice.embedded;

import java.io.IOException;

/** A server lost its port to another process between our probe and its bind: worth a retry. */
final class PortTakenException extends IOException {

    private static final long serialVersionUID = 1L;

    PortTakenException(String message, Throwable cause) {
        super(message, cause);
    }
}

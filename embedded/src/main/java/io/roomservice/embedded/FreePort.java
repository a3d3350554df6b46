package io.roomservice.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Asks the kernel for a currently unused TCP port on the loopback interface. */
final class FreePort {

    private static final int START_ATTEMPTS = 3;

    private FreePort() {}

    /** Starts something on a port. */
    @FunctionalInterface
    interface PortStarter<T> {
        T startOn(int port) throws IOException;
    }

    /**
     * Starts a server on a free port, trying another port when a different process took the
     * chosen one between the probe and the server's bind.
     */
    static <T> T startOnFreePort(PortStarter<T> starter) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return starter.startOn(find());
            } catch (PortTakenException e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on 127.0.0.1", e);
        }
    }
}

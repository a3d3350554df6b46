package io.roomservice.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Asks the kernel for a currently unused TCP port on the loopback interface. */
final class FreePort {

    private static final int START_ATTEMPTS = 3;
    private static final int MAX_TCP_PORT = 65_535;
    /** Above the well-known and most registered ports. */
    private static final int PAIR_LOWEST_PORT = 20_000;
    private static final int PAIR_PROBES = 50;

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

    /** Like {@link #startOnFreePort}, with {@code port + offset} free as well (below 65536). */
    static <T> T startOnFreePortPair(int offset, PortStarter<T> starter) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return starter.startOn(findPair(offset));
            } catch (PortTakenException e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static int findPair(int offset) {
        for (int probe = 0; probe < PAIR_PROBES; probe++) {
            int port = PAIR_LOWEST_PORT + ThreadLocalRandom.current().nextInt(MAX_TCP_PORT - offset - PAIR_LOWEST_PORT);
            if (isFree(port) && isFree(port + offset)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("No free pair of TCP ports " + offset + " apart on 127.0.0.1"));
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
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

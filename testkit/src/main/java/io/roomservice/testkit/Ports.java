package io.roomservice.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something listens on a local TCP port. */
final class Ports {

    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private Ports() {}

    static boolean answers(int port) {
        if (port <= 0 || port > 65_535) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package io.roomservice.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class FaultyLinkTest {

    /** An echo server on a loopback port. */
    private static ServerSocket echoServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread echo = new Thread(() -> {
                        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // the client went away
                        }
                    });
                    echo.setDaemon(true);
                    echo.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static Socket connect(FaultyLink link) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), link.port()), 1_000);
        s.setSoTimeout(1_000);
        return s;
    }

    private static int roundTrip(Socket s, int b) throws IOException {
        s.getOutputStream().write(b);
        s.getOutputStream().flush();
        return s.getInputStream().read();
    }

    @Test
    void forwardsBothWays() throws Exception {
        try (ServerSocket echo = echoServer(); FaultyLink link = FaultyLink.toward("127.0.0.1", echo.getLocalPort());
                Socket s = connect(link)) {
            assertEquals(42, roundTrip(s, 42));
        }
    }

    @Test
    void cutClosesConnectionsAndRefusesNewOnesUntilRestored() throws Exception {
        try (ServerSocket echo = echoServer(); FaultyLink link = FaultyLink.toward("127.0.0.1", echo.getLocalPort())) {
            Socket before = connect(link);
            assertEquals(1, roundTrip(before, 1));
            link.cut();
            assertTrue(endsOrFails(before), "an open connection ends when the link is cut");
            assertThrows(IOException.class, () -> connect(link), "new connections are refused");
            link.restore();
            try (Socket after = connect(link)) {
                assertEquals(2, roundTrip(after, 2));
            }
        }
    }

    @Test
    void freezeKeepsConnectionsButForwardsNothingUntilRestored() throws Exception {
        try (ServerSocket echo = echoServer(); FaultyLink link = FaultyLink.toward("127.0.0.1", echo.getLocalPort());
                Socket s = connect(link)) {
            assertEquals(1, roundTrip(s, 1));
            link.freeze();
            assertThrows(SocketTimeoutException.class, () -> roundTrip(s, 2));
            Socket during = connect(link);
            assertThrows(SocketTimeoutException.class, () -> roundTrip(during, 3));
            link.restore();
            assertEquals(2, s.getInputStream().read(), "bytes held while frozen arrive after restore");
            assertEquals(3, during.getInputStream().read());
            during.close();
        }
    }

    @Test
    void rewritesTheHostAndPortOfAUrl() {
        try (FaultyLink link = FaultyLink.toward("127.0.0.1", 1)) {
            assertEquals("jdbc:mysql://127.0.0.1:" + link.port() + "/db?useSSL=false",
                    link.rewrite("jdbc:mysql://10.0.0.5:3306/db?useSSL=false"));
            assertEquals("redis://:pw@127.0.0.1:" + link.port(), link.rewrite("redis://:pw@localhost:6379"));
        }
    }

    private static boolean endsOrFails(Socket s) {
        try {
            return s.getInputStream().read() < 0;
        } catch (IOException e) {
            return true;
        }
    }
}

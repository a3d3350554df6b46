package io.roomservice.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * A TCP proxy on a loopback port in front of a real server, to play outages in tests:
 * {@link #cut()} is a server that is down (connections closed, new ones refused),
 * {@link #freeze()} a server that hangs (connections accepted and kept, no byte forwarded),
 * {@link #slowDown(long)} a server that answers late, {@link #restore()} brings the server back. Point {@code DB_URL} or {@code REDIS_URL} at it with
 * {@link #rewrite(String)}:
 *
 * <pre>{@code
 * Map<String, String> settings = TestInfra.freshDatabaseSettings();
 * try (FaultyLink mysql = FaultyLink.inFrontOf(settings.get(TestInfra.DB_URL))) {
 *     Map<String, String> viaLink = FaultyLink.withUrl(settings, TestInfra.DB_URL, mysql);
 *     ...
 * }
 * }</pre>
 */
public final class FaultyLink implements AutoCloseable {

    private static final int BUFFER_BYTES = 16 * 1024;
    private static final int UPSTREAM_CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int LISTEN_BACKLOG = 50;

    private enum State { OPEN, FROZEN, CUT, CLOSED }

    private final InetSocketAddress target;
    private final int port;
    private final Object lock = new Object();
    private final Set<Socket> sockets = new HashSet<>();
    private State state = State.OPEN;
    /** How long each chunk the server sends is held before it is forwarded; 0 when not slowed down. */
    private volatile long serverDelayMillis;
    private ServerSocket listener;
    private Thread acceptor;

    private FaultyLink(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        this.acceptor = startAccepting(listener);
    }

    /** A link that forwards to {@code host:port}. */
    public static FaultyLink toward(String host, int port) {
        try {
            return new FaultyLink(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port for a faulty link", e);
        }
    }

    /** A link that forwards to the host and port of a URL such as {@code jdbc:mysql://h:p/db} or {@code redis://h:p}. */
    public static FaultyLink inFrontOf(String url) {
        URI uri = authority(url);
        return toward(uri.getHost(), uri.getPort());
    }

    /** A copy of {@code settings} whose {@code name} URL goes through {@code link}. */
    public static Map<String, String> withUrl(Map<String, String> settings, String name, FaultyLink link) {
        Map<String, String> copy = new HashMap<>(settings);
        copy.put(name, link.rewrite(settings.get(name)));
        return copy;
    }

    /** The URL with its host and port replaced by this link's loopback address. */
    public String rewrite(String url) {
        URI uri = authority(url);
        String hostPort = uri.getRawAuthority();
        int at = hostPort.lastIndexOf('@');
        String serverPart = at < 0 ? hostPort : hostPort.substring(at + 1);
        int start = url.indexOf(serverPart, url.indexOf("://"));
        return url.substring(0, start) + "127.0.0.1:" + port + url.substring(start + serverPart.length());
    }

    public int port() {
        return port;
    }

    /** Server down: every connection is closed and new ones are refused until {@link #restore()}. */
    public void cut() {
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CUT;
            stopListening();
            closeConnections();
            lock.notifyAll();
        }
    }

    /** Server hangs: connections are accepted and kept, but no byte goes either way until {@link #restore()}. */
    public void freeze() {
        synchronized (lock) {
            if (state == State.CUT) {
                reopen();
            }
            if (state != State.CLOSED) {
                state = State.FROZEN;
            }
        }
    }

    /**
     * Server slow: every chunk of bytes it sends reaches the client {@code millis} later (each
     * answer of a handshake or a statement is late by that much), until {@link #restore()}.
     */
    public void slowDown(long millis) {
        serverDelayMillis = millis;
    }

    /** Server back: forwards again (bytes held while frozen are delivered, in order), without delay. */
    public void restore() {
        serverDelayMillis = 0;
        synchronized (lock) {
            if (state == State.CUT) {
                reopen();
            }
            if (state != State.CLOSED) {
                state = State.OPEN;
            }
            lock.notifyAll();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            state = State.CLOSED;
            stopListening();
            closeConnections();
            lock.notifyAll();
        }
    }

    private void reopen() {
        try {
            listener = listen(port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen again on loopback port " + port, e);
        }
        acceptor = startAccepting(listener);
    }

    /**
     * Closes the listener and waits for its accept thread: a listening socket closed while a
     * thread is blocked in accept() is released only when that thread leaves, and until then
     * the port still takes connections.
     */
    private void stopListening() {
        closeQuietly(listener);
        listener = null;
        if (acceptor != null) {
            try {
                acceptor.join(UPSTREAM_CONNECT_TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            acceptor = null;
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), LISTEN_BACKLOG);
        return socket;
    }

    private Thread startAccepting(ServerSocket server) {
        return daemon("faulty-link-accept-" + port, () -> {
            while (!server.isClosed()) {
                Socket client;
                try {
                    client = server.accept();
                } catch (IOException e) {
                    return;
                }
                daemon("faulty-link-connect-" + port, () -> connect(client));
            }
        });
    }

    private void connect(Socket client) {
        if (!track(client)) {
            return;
        }
        Socket upstream = new Socket();
        if (!track(upstream)) {
            closeQuietly(client);
            return;
        }
        try {
            upstream.connect(target, UPSTREAM_CONNECT_TIMEOUT_MILLIS);
            upstream.setTcpNoDelay(true);
            client.setTcpNoDelay(true);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        daemon("faulty-link-up-" + port, () -> pump(client, upstream, false));
        daemon("faulty-link-down-" + port, () -> pump(upstream, client, true));
    }

    /** Registers a socket to close on cut; false (and closed) when the link is cut or closed. */
    private boolean track(Socket socket) {
        synchronized (lock) {
            if (state == State.CUT || state == State.CLOSED) {
                closeQuietly(socket);
                return false;
            }
            sockets.add(socket);
            return true;
        }
    }

    private void pump(Socket from, Socket to, boolean fromServer) {
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (fromServer && !holdFor(serverDelayMillis)) {
                    break;
                }
                if (!awaitOpen()) {
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away: close both below, like a real connection would end.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            synchronized (lock) {
                sockets.remove(from);
                sockets.remove(to);
            }
        }
    }

    /** False when interrupted. */
    private static boolean holdFor(long millis) {
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Holds bytes while frozen; false when the link is cut or closed. */
    private boolean awaitOpen() {
        synchronized (lock) {
            while (state == State.FROZEN) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return state == State.OPEN;
        }
    }

    private void closeConnections() {
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    private static URI authority(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            throw new IllegalArgumentException("not a URL with host and port: " + url);
        }
        URI uri = URI.create("x" + url.substring(scheme));
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("URL has no host:port: " + url);
        }
        return uri;
    }

    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // Closing is all we want; a failure to close changes nothing for the test.
        }
    }
}

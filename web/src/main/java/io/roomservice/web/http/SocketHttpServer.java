package io.roomservice.web.http;

import com.sun.net.httpserver.HttpHandler;
import io.roomservice.config.HttpFrontSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A small HTTP/1.1 server: an accept loop, one bounded pool of connection threads, requests
 * read within limits ({@link HttpLimits}). Handlers are the JDK server's {@link HttpHandler}s,
 * chosen by the longest path prefix; a request whose target is not a valid URI goes to the
 * root handler ("/"), which can tell it by {@link ServerExchange#targetIsMalformed()}.
 */
public final class SocketHttpServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SocketHttpServer.class.getName());
    /** After a failed accept (say, out of file descriptors), the pause before the next, so as not to spin. */
    private static final long ACCEPT_RETRY_MILLIS = 100;
    /** How often the watchdog looks for answers written too long, and for idle connections when others wait for a thread. */
    private static final long WATCHDOG_MILLIS = 1000;
    private static final String ROOT = "/";

    private final ServerSocket listener;
    private final HttpLimits limits;
    private final ThreadPoolExecutor connectionThreads;
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private final Thread watchdog;
    private volatile boolean stopping;

    /** Listens on {@code host:port} (port 0: any free port) with {@code threads} connection threads; {@code root} serves every path. */
    public SocketHttpServer(String host, int port, int threads, HttpFrontSettings settings, HttpHandler root) throws IOException {
        this.limits = new HttpLimits(settings);
        this.listener = new ServerSocket(port, HttpLimits.ACCEPT_BACKLOG, InetAddress.getByName(host));
        this.connectionThreads = new ThreadPoolExecutor(threads, threads, HttpLimits.IDLE_THREAD_SECONDS, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(HttpLimits.MAX_WAITING_CONNECTIONS), daemons("http-connection-"));
        connectionThreads.allowCoreThreadTimeOut(true);
        handlers.put(ROOT, root);
        this.acceptor = daemons("http-accept").newThread(this::acceptLoop);
        this.watchdog = daemons("http-watchdog").newThread(this::watchLoop);
    }

    /** Serves paths starting with {@code pathPrefix} with {@code handler}; call before {@link #start()}. */
    public void add(String pathPrefix, HttpHandler handler) {
        handlers.put(pathPrefix, handler);
    }

    public void start() {
        acceptor.start();
        watchdog.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!stopping) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!stopping) {
                    LOG.log(Level.WARNING, "accept failed: {0}", e.getMessage());
                    pause(ACCEPT_RETRY_MILLIS);
                }
                continue;
            }
            Connection connection = new Connection(this, socket, limits);
            connections.add(connection);
            try {
                connectionThreads.execute(connection);
            } catch (RejectedExecutionException e) {
                // Every connection thread busy and the queue full: refusing this one keeps the others served.
                forget(connection);
                connection.closeNow();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watchLoop() {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            pause(WATCHDOG_MILLIS);
            long now = System.currentTimeMillis();
            boolean crowded = !connectionThreads.getQueue().isEmpty();
            connections.removeIf(c -> c.closeIf(crowded, now));
        }
    }

    void handle(ServerExchange exchange) {
        String path = exchange.targetIsMalformed() ? ROOT : exchange.getRequestURI().getRawPath();
        HttpHandler handler = handlers.get(ROOT);
        int longest = 0;
        for (Map.Entry<String, HttpHandler> h : handlers.entrySet()) {
            if (h.getKey().length() > longest && path.startsWith(h.getKey())) {
                handler = h.getValue();
                longest = h.getKey().length();
            }
        }
        try {
            handler.handle(exchange);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "a handler failed; the connection closes", e);
            exchange.abandon();
        }
    }

    boolean stopping() {
        return stopping;
    }

    void forget(Connection connection) {
        connections.remove(connection);
    }

    /** Stops accepting, closes idle connections, lets answers in flight finish for up to {@code graceSeconds}, then closes the rest. */
    public void stop(int graceSeconds) {
        stopping = true;
        closeListener();
        watchdog.interrupt();
        connections.removeIf(c -> c.closeIf(true, System.currentTimeMillis()));
        connectionThreads.shutdown();
        try {
            connectionThreads.awaitTermination(Math.max(1, graceSeconds), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    @Override
    public void close() {
        stopping = true;
        closeListener();
        watchdog.interrupt();
        connections.forEach(Connection::closeNow);
        connections.clear();
        connectionThreads.shutdownNow();
    }

    private void closeListener() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix.endsWith("-") ? prefix + next.incrementAndGet() : prefix);
            t.setDaemon(true);
            return t;
        };
    }
}

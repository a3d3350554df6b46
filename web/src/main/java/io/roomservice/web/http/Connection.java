package io.roomservice.web.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client connection, served by one connection thread: requests one after the other
 * (keep-alive), each read within HTTP_REQUEST_TIMEOUT_SECONDS from its first byte, the wait
 * between them within HTTP_IDLE_SECONDS, an answer's writing within HTTP_RESPONSE_TIMEOUT_SECONDS
 * (the server's watchdog closes a connection past it).
 *
 * <p>An idle keep-alive connection holds its thread; so when connections wait for a thread,
 * the server closes idle ones (clients reconnect, as after any keep-alive timeout).
 */
final class Connection implements Runnable {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());
    private static final int OUTPUT_BUFFER_BYTES = 8192;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final SocketHttpServer server;
    private final Socket socket;
    private final HttpLimits limits;
    private OutputStream out;
    private boolean closing;
    /** Between two requests, after an answer: the connection a crowded or stopping server closes first. */
    private volatile boolean idle;
    private volatile long writeDeadline = Long.MAX_VALUE;

    Connection(SocketHttpServer server, Socket socket, HttpLimits limits) {
        this.server = server;
        this.socket = socket;
        this.limits = limits;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            DeadlineInput in = new DeadlineInput(socket);
            out = new BufferedOutputStream(socket.getOutputStream(), OUTPUT_BUFFER_BYTES);
            in.deadlineIn(limits.requestMillis);
            while (!closing && !server.stopping()) {
                if (!serveOne(in)) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away, or ran out of time: nothing to answer.
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected failure on a connection", e);
        } finally {
            server.forget(this);
        }
    }

    /** Serves the next request; false when there was none (the client closed, or stayed idle too long). */
    private boolean serveOne(DeadlineInput in) throws IOException {
        if (!in.awaitByte()) {
            return false;
        }
        if (idle) {
            // The first request's deadline runs from the connection's start, a later one's from its first byte.
            idle = false;
            in.deadlineIn(limits.requestMillis);
        }
        ServerExchange exchange;
        BodyFraming body;
        try {
            RequestHead head = RequestHead.read(in, limits.maxHeaders);
            if (head == null) {
                return false;
            }
            body = BodyFraming.of(head, in);
            exchange = new ServerExchange(this, head, RequestTarget.of(head.target), body.stream());
        } catch (BadRequest e) {
            refuse(e);
            discardWhatArrived(in);
            return false;
        }
        server.handle(exchange);
        exchange.close();
        out.flush();
        writeDeadline = Long.MAX_VALUE;
        if (!exchange.completed() || !body.skipRest()) {
            closing = true;
        }
        if (closing) {
            discardWhatArrived(in);
            return false;
        }
        idle = true;
        in.deadlineIn(limits.idleMillis);
        return true;
    }

    /** A head that is not HTTP: a short plain answer, then the connection closes (the request cannot be delimited). */
    private void refuse(BadRequest e) throws IOException {
        byte[] body = e.getMessage().getBytes(StandardCharsets.US_ASCII);
        out.write(("HTTP/1.1 " + e.status + " " + Reasons.of(e.status) + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        writeDeadline = System.currentTimeMillis() + limits.responseMillis;
        out.flush();
    }

    /** Closing with unread bytes makes the kernel reset the connection, which can destroy the answer before the client reads it. */
    private static void discardWhatArrived(InputStream in) throws IOException {
        long available = Math.min(in.available(), HttpLimits.MAX_SKIPPED_BODY_BYTES);
        in.skip(available);
    }

    /** The output for an answer, its writing now timed. */
    OutputStream startAnswer() {
        writeDeadline = System.currentTimeMillis() + limits.responseMillis;
        return out;
    }

    void sendContinue() throws IOException {
        out.write(CONTINUE);
        out.flush();
    }

    boolean serverStopping() {
        return server.stopping();
    }

    void mustClose() {
        closing = true;
    }

    boolean closing() {
        return closing;
    }

    /** Closes the connection if it waits for its next request (and {@code idleToo}), or has been writing an answer too long; true when it closed it. */
    boolean closeIf(boolean idleToo, long now) {
        if ((idleToo && idle) || now > writeDeadline) {
            closeNow();
            return true;
        }
        return false;
    }

    void closeNow() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    InetSocketAddress remoteAddress() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }
}

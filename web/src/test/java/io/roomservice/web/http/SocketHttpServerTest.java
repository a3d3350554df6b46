package io.roomservice.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.roomservice.config.HttpFrontSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's HTTP/1.1 itself, on raw sockets: framing, keep-alive, 100-continue and the limits. */
class SocketHttpServerTest {

    private SocketHttpServer server;
    private Socket socket;
    private BufferedReader in;

    /** Answers the method, target and body it read, and whether the target was malformed. */
    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        byte[] answer = (exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + ((ServerExchange) exchange).targetIsMalformed() + " " + new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private void start(HttpFrontSettings settings) throws IOException {
        start(settings, 4);
    }

    private void start(HttpFrontSettings settings, int threads) throws IOException {
        server = new SocketHttpServer("127.0.0.1", 0, threads, settings, SocketHttpServerTest::echo);
        server.start();
        socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(5000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
        server.close();
    }

    private void send(String raw) throws IOException {
        socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Status line, then "connection: ..." if any, then the body. */
    private String[] answer() throws IOException {
        String status = in.readLine();
        String connection = "";
        int length = 0;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            } else if (lower.startsWith("connection:")) {
                connection = lower.substring(11).trim();
            }
        }
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
            read += in.read(body, read, length - read);
        }
        return new String[] {status, connection, new String(body)};
    }

    @Test
    void keepsTheConnectionForRequestsOneAfterAnotherAndPipelined() throws Exception {
        start(HttpFrontSettings.defaults());
        send("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
        assertEquals("POST /a false abc", answer()[2]);
        send("GET /b?q=1 HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals("GET /b?q=1 false ", answer()[2]);
        assertEquals("GET /c false ", answer()[2]);
    }

    @Test
    void decodesAChunkedBody() throws Exception {
        start(HttpFrontSettings.defaults());
        send("POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n");
        assertEquals("POST /a false abcde", answer()[2]);
        send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals("GET /next false ", answer()[2]);
    }

    @Test
    void answers100ContinueWhenTheBodyIsRead() throws Exception {
        start(HttpFrontSettings.defaults());
        send("POST /a HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        assertEquals("HTTP/1.1 100 Continue", in.readLine());
        assertEquals("", in.readLine());
        send("hi");
        assertEquals("POST /a false hi", answer()[2]);
    }

    @Test
    void closesAnHttp10ConnectionAfterItsAnswer() throws Exception {
        start(HttpFrontSettings.defaults());
        send("GET /a HTTP/1.0\r\n\r\n");
        String[] answer = answer();
        assertEquals("close", answer[1]);
        assertEquals(-1, in.read());
    }

    @Test
    void handsAMalformedTargetToTheRootHandlerWithALenientUri() throws Exception {
        start(HttpFrontSettings.defaults());
        send("GET /v?roomID=%zz&x=a b HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals("GET /v?roomID=%25zz&x=a%20b true ", answer()[2]);
    }

    @Test
    void refusesTooManyHeadersAndBothFramings() throws Exception {
        start(HttpFrontSettings.defaults());
        send("GET /a HTTP/1.1\r\n" + "X-H: 1\r\n".repeat(101) + "\r\n");
        assertTrue(answer()[0].startsWith("HTTP/1.1 431"));
        assertEquals(-1, in.read());
        socket.close();
        socket = new Socket("127.0.0.1", server.port());
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        send("POST /a HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
        assertTrue(answer()[0].startsWith("HTTP/1.1 400"));
    }

    /** A client that trickles its headers byte by byte still runs out of time: the deadline is for the whole head. */
    @Test
    void closesAClientThatTricklesItsHeadPastTheDeadline() throws Exception {
        start(HttpFrontSettings.defaults().withRequestTimeoutSeconds(1));
        long start = System.nanoTime();
        try {
            for (int i = 0; i < 60; i++) {
                send("X");
                Thread.sleep(100);
            }
            socket.setSoTimeout(3000);
            assertEquals(-1, socket.getInputStream().read());
        } catch (IOException closed) {
            // the server closed it (reset, as it left bytes unread): what is expected
        }
        assertTrue(System.nanoTime() - start < 3_500_000_000L, "closed within the deadline");
    }

    /** Each keep-alive connection holds a thread while idle: when others wait for one, idle ones are closed. */
    @Test
    void idleKeepAliveConnectionsMakeRoomForWaitingOnes() throws Exception {
        start(HttpFrontSettings.defaults(), 1);
        send("GET /first HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals("GET /first false ", answer()[2]);
        long start = System.nanoTime();
        try (Socket other = new Socket("127.0.0.1", server.port())) {
            other.setSoTimeout(5000);
            other.getOutputStream().write("GET /second HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String status = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            assertEquals("HTTP/1.1 200 OK", status);
        }
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "the second client waited for the first's idle timeout");
    }
}

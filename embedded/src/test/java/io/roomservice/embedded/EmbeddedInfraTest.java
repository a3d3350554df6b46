package io.roomservice.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class EmbeddedInfraTest {

    private static final String EMOJI_TEXT = "房间 🎉👍🏽";

    @Test
    void startsUtf8mb4MariaDbAndRedisAndStopsBothOnClose() throws Exception {
        EmbeddedInfra infra = EmbeddedInfra.start();
        try {
            System.out.printf("MariaDB started in %d ms, Redis in %d ms%n",
                    infra.mariadbStartMillis(), infra.redisStartMillis());
            assertTrue(infra.jdbcUrl("x").startsWith("jdbc:mysql://127.0.0.1:" + infra.dbPort() + "/x"));
            assertEquals("redis://127.0.0.1:" + infra.redisPort(), infra.redisUrl());

            try (Connection connection = DriverManager.getConnection(
                    infra.jdbcUrl(EmbeddedInfra.DATABASE) + "?sslMode=DISABLED", infra.dbUser(), infra.dbPassword())) {
                assertEquals("utf8mb4", singleString(connection, "SELECT @@character_set_server"));
                assertEquals(EMOJI_TEXT, roundTrip(connection, EMOJI_TEXT));
            }
            assertEquals("+PONG", ping(infra.redisPort()));
        } finally {
            infra.close();
        }
        infra.close();

        assertFalse(answers(infra.dbPort()), "MariaDB port still open after close");
        assertFalse(answers(infra.redisPort()), "Redis port still open after close");
    }

    private static String roundTrip(Connection connection, String text) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE greeting (id INT PRIMARY KEY, text VARCHAR(50)) CHARACTER SET utf8mb4");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO greeting VALUES (1, ?)")) {
            insert.setString(1, text);
            insert.executeUpdate();
        }
        return singleString(connection, "SELECT text FROM greeting WHERE id = 1");
    }

    private static String singleString(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), "no row from " + sql);
            return rows.getString(1);
        }
    }

    /** Redis PING in RESP, over a raw socket: no client library needed. */
    private static String ping(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder reply = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                reply.append((char) c);
            }
            return reply.toString();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

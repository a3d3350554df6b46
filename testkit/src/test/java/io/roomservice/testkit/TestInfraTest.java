package io.roomservice.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TestInfraTest {

    @Test
    void startsOrFindsTheServersOncePerJvm() {
        long start = System.nanoTime();
        Endpoints first = TestInfra.endpoints();
        System.out.printf("TestInfra.endpoints() took %d ms: %s%n", (System.nanoTime() - start) / 1_000_000, first);
        System.out.println("build process: " + ProcessHandle.of(BuildProcess.pid()).flatMap(p -> p.info().command()).orElse("?"));

        assertSame(first, TestInfra.endpoints());
    }

    @Test
    void aFreshDatabaseIsEmptyUtf8mb4AndNamedUniquely() throws Exception {
        Map<String, String> settings = TestInfra.freshDatabaseSettings();
        Map<String, String> other = TestInfra.freshDatabaseSettings();

        assertNotEquals(settings.get(TestInfra.DB_URL), other.get(TestInfra.DB_URL));
        try (Connection connection = DriverManager.getConnection(settings.get(TestInfra.DB_URL),
                settings.get(TestInfra.DB_USER), settings.get(TestInfra.DB_PASSWORD))) {
            assertTrue(query(connection, "SELECT DATABASE()").matches("t_\\d+_\\d+_[0-9a-f]+"));
            assertEquals("utf8mb4", query(connection, "SELECT @@character_set_database"));
            assertEquals("0", query(connection,
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"));
        }
        assertEquals("+PONG", ping(URI.create(settings.get(TestInfra.REDIS_URL))));
    }

    @Test
    void anotherLookupForTheSameBuildReusesTheRunningDaemon() throws IOException {
        assumeTrue(Settings.get(TestInfra.DB_URL).isEmpty(), "servers are configured, no daemon involved");
        Endpoints endpoints = TestInfra.endpoints();
        Endpoints again = new SharedInfra(BuildProcess.pid()).endpoints();

        assertEquals(endpoints.jdbcUrl("x"), again.jdbcUrl("x"));
        assertEquals(endpoints.redisUrl(), again.redisUrl());
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }

    private static String ping(URI redis) throws IOException {
        try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
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
}

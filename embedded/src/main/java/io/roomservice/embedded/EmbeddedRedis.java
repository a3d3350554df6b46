package io.roomservice.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/** One Redis server (embedded-redis) on 127.0.0.1, without persistence. */
final class EmbeddedRedis implements AutoCloseable {

    private final RedisServer server;
    private final int port;
    private final Path runDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedRedis(RedisServer server, int port, Path runDirectory) {
        this.server = server;
        this.port = port;
        this.runDirectory = runDirectory;
    }

    static EmbeddedRedis start() throws IOException {
        return FreePort.startOnFreePort(EmbeddedRedis::startOn);
    }

    int port() {
        return port;
    }

    /** Stops the server and deletes its copy of the binary; later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop();
        } catch (IOException | RuntimeException ignored) {
            // Already gone; the directory still has to go.
        } finally {
            Directories.deleteQuietly(runDirectory);
        }
    }

    private static EmbeddedRedis startOn(int port) throws IOException {
        Path runDirectory = Files.createTempDirectory("room-service-redis-");
        ConsoleCapture console = new ConsoleCapture();
        try {
            // Copied per start into our own directory (not embedded-redis's default temp dir,
            // which only goes away when the JVM exits): ~10 MB, a few milliseconds.
            File binary = ExecutableProvider.newJarResourceProvider(runDirectory.toFile()).get();
            // The output listeners also keep draining the pipes, so a chatty server never blocks.
            RedisServer server = new RedisServer(port, arguments(binary, port, runDirectory), false, console, console);
            server.start();
            return new EmbeddedRedis(server, port, runDirectory);
        } catch (IOException | RuntimeException e) {
            Directories.deleteQuietly(runDirectory);
            String message = "Redis did not start on 127.0.0.1:" + port + ": " + e.getMessage()
                    + "\n--- Redis output ---\n" + console;
            if (console.contains("Address already in use")) {
                throw new PortTakenException(message, e);
            }
            throw new IOException(message, e);
        }
    }

    private static List<String> arguments(File binary, int port, Path runDirectory) {
        return List.of(
                binary.getAbsolutePath(),
                "--port", Integer.toString(port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", runDirectory.toString());
    }
}

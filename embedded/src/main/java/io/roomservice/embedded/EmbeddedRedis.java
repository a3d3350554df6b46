package io.roomservice.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/** One Redis server (embedded-redis) on 127.0.0.1, without persistence. */
final class EmbeddedRedis implements AutoCloseable {

    static final int CLUSTER_BUS_PORT_OFFSET = 10_000;
    private static final int CLUSTER_NODE_TIMEOUT_MILLIS = 5_000;

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
        return FreePort.startOnFreePort(port -> startOn(port, List.of()));
    }

    /**
     * A Redis Cluster node without slots: cluster mode, its node table in the run directory.
     * Redis 6 listens for the cluster bus on port + {@value #CLUSTER_BUS_PORT_OFFSET}, so that
     * port has to be free too.
     */
    static EmbeddedRedis startClusterNode() throws IOException {
        return FreePort.startOnFreePortPair(CLUSTER_BUS_PORT_OFFSET, port -> startOn(port, List.of(
                "--cluster-enabled", "yes",
                "--cluster-config-file", "nodes-" + port + ".conf",
                "--cluster-node-timeout", Integer.toString(CLUSTER_NODE_TIMEOUT_MILLIS))));
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

    private static EmbeddedRedis startOn(int port, List<String> extraArguments) throws IOException {
        Path runDirectory = Files.createTempDirectory("room-service-redis-");
        ConsoleCapture console = new ConsoleCapture();
        try {
            // Copied per start into our own directory (not embedded-redis's default temp dir,
            // which only goes away when the JVM exits): ~10 MB, a few milliseconds.
            File binary = ExecutableProvider.newJarResourceProvider(runDirectory.toFile()).get();
            // The output listeners also keep draining the pipes, so a chatty server never blocks.
            RedisServer server = new RedisServer(port, arguments(binary, port, runDirectory, extraArguments), false,
                    console, console);
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

    private static List<String> arguments(File binary, int port, Path runDirectory, List<String> extraArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                binary.getAbsolutePath(),
                "--port", Integer.toString(port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", runDirectory.toString()));
        arguments.addAll(extraArguments);
        return arguments;
    }
}

package io.roomservice.bundle;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The unpacked code package started through its own scf_bootstrap, as SCF starts a web
 * function, with the test JVM's java as ROOMSERVICE_JAVA and only the given settings in its
 * environment. Its output goes to a file so a full pipe can never stall it.
 */
final class RunningPackage implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    private final int port;

    private RunningPackage(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    static RunningPackage start(Path packageRoot, Map<String, String> settings) throws IOException {
        int port = freePort();
        Path output = Files.createTempFile(packageRoot.getParent(), "web-function", ".log");
        ProcessBuilder pb = new ProcessBuilder(packageRoot.resolve("scf_bootstrap").toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME") && !name.equals("LANG"));
        env.put("ROOMSERVICE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("WEB_PORT", Integer.toString(port));
        env.putAll(settings);
        return new RunningPackage(pb.start(), output, port);
    }

    /** Waits until the server answers HTTP (any status); fails with its output if it dies or takes too long. */
    RunningPackage awaitAnswering(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the web function exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HTTP.send(HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return this;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the web function did not answer within " + timeout + ":\n" + output());
    }

    /** Waits for the process to end by itself; its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** The JVM's process id (scf_bootstrap execs it). */
    long pid() {
        return process.pid();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, as SCF stops an instance; SIGKILL if it does not stop in time. Answers the exit status. */
    int stop() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive)) {
            try {
                stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package io.roomservice.bench;

import io.roomservice.gateway.LocalGateway;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * BENCH_SCENARIOS=webload: the peak memory of one busy web-function instance, to size its
 * memorySize. The code package's scf_bootstrap (its own JVM flags, the JVM's default heap on this
 * host unless BENCH_WEB_JAVA_FLAGS adds one) with the pools the deploy passes a web function
 * (PassedSettings.WEB_DEFAULTS: 16 threads, 8 database and 16 Redis connections), against the
 * gateway's MariaDB, under 16 keep-alive clients entering and quitting video-call rooms for
 * warm-up plus measured seconds. Prints the pairs per second and the process's peak RSS (VmHWM).
 */
final class WebFunctionLoad {

    private static final int CLIENTS = 16;

    private WebFunctionLoad() {
    }

    static void run(LocalGateway gateway, String[] videoTokens, int warmUp, int seconds, String javaFlags) throws Exception {
        Path root = WebFunctionStart.packageRoot();
        if (root == null) {
            throw new IllegalStateException("bundle/target/scf is missing: run with -pl bench,bundle -am package");
        }
        var db = gateway.app().settings().database();
        int port = WebFunctionStart.freePort();
        ProcessBuilder pb = WebFunctionStart.bootstrap(gateway.app().settings(),
                new ColdStartBench.Target("plain TCP", db.jdbcUrl(), db.user(), db.password()), root, port);
        pb.environment().put("WEB_THREADS", Integer.toString(CLIENTS));
        pb.environment().put("DB_POOL_SIZE", "8");
        pb.environment().put("REDIS_POOL_SIZE", Integer.toString(CLIENTS));
        if (!javaFlags.isBlank()) {
            // scf_bootstrap's own flags stay; these come first (a later -Xmx in the script would win, it has none).
            pb.environment().put("JAVA_TOOL_OPTIONS", javaFlags);
        }
        Process p = pb.start();
        try {
            awaitListening(p, port);
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            double idle = ColdStartProbe.peakRssKb(status) / 1024.0;
            Benchmark.throughput(port, CLIENTS, warmUp, 2, (http, client) -> enterQuit(http, videoTokens[client], client));
            double rate = Benchmark.throughput(port, CLIENTS, seconds, 2, (http, client) -> enterQuit(http, videoTokens[client], client));
            double peak = ColdStartProbe.peakRssKb(status) / 1024.0;
            System.out.printf("RESULT web function under %d clients (video-call enter+quit, %d s after %d s warm-up%s): %.0f req/s,"
                            + " peak RSS %.0f MB (%.0f MB after its first answer)%n", CLIENTS, seconds, warmUp,
                    javaFlags.isBlank() ? "" : ", " + javaFlags, rate, peak, idle);
        } finally {
            p.destroy();
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static int enterQuit(LoadClient http, String token, int client) throws IOException {
        String body = "{\"roomID\":\"" + (950_000 + client) + "\"}";
        return failed(http.post("/video/webrtcroom-enter-room", token, body)) + failed(http.post("/video/webrtcroom-quit-room", token, body));
    }

    private static volatile boolean failureShown;

    private static int failed(LoadClient.Answer answer) {
        if (Benchmark.ok(answer)) {
            return 0;
        }
        if (!failureShown) {
            failureShown = true;
            System.out.println("  first failed answer: " + answer.status() + " " + answer.body());
        }
        return 1;
    }

    private static void awaitListening(Process p, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the web function exited with " + p.exitValue());
            }
            try (LoadClient http = new LoadClient("127.0.0.1", port)) {
                http.post("/video/webrtcroom-get-room-list", "none", "{}");
                return;
            } catch (IOException notListeningYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the web function did not listen within 60 s");
    }
}

package io.roomservice.bench;

import io.roomservice.config.Settings;
import io.roomservice.gateway.LocalGateway;
import io.roomservice.infra.token.TokenAudience;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The web function's start as SCF sees it: from starting the code package's scf_bootstrap
 * (bundle/target/scf) to the first answered request that needed the database and Redis (a
 * webrtcroom-get-room-info with a bearer token, for a room the gateway opened), against the
 * gateway's MariaDB and Redis, with the script's own JVM flags. One line per run and the median.
 */
final class WebFunctionStart {

    private WebFunctionStart() {
    }

    static void run(LocalGateway gateway, int runs, Path packageRoot, ColdStartBench.Target db) throws Exception {
        String token = gateway.app().tokens().issue(TokenAudience.VIDEO, "bench-web-start");
        String body = "{\"roomID\":\"920000\"}";
        try (LoadClient http = new LoadClient("127.0.0.1", gateway.port())) {
            if (!Benchmark.ok(http.post("/video/webrtcroom-enter-room", token, body))) {
                throw new IllegalStateException("could not open the room the probe asks about");
            }
        }
        List<Double> millis = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] start = once(gateway.app().settings(), db, packageRoot, token, body);
            millis.add(start[0]);
            rss.add(start[1]);
            System.out.printf("run %d (%s): web function start %.0f ms to the first database answer, peak RSS %.0f MB%n",
                    run, db.label(), start[0], start[1]);
        }
        System.out.printf("RESULT web function start against %s (scf_bootstrap to first database answer): median %.0f ms,"
                + " peak RSS %.0f MB (target <= 600 ms)%n", db.label(), Benchmark.median(millis), Benchmark.median(rss));
    }

    /** Milliseconds from starting scf_bootstrap to the answer, and the process's peak RSS in MB by then. */
    private static double[] once(Settings settings, ColdStartBench.Target db, Path packageRoot, String token, String body)
            throws Exception {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(packageRoot.resolve("scf_bootstrap").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(System.getProperty("java.io.tmpdir"), "web-function-start.log")));
        Map<String, String> env = pb.environment();
        env.put("ROOMSERVICE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("WEB_PORT", Integer.toString(port));
        env.put("DB_URL", db.jdbcUrl());
        env.put("DB_USER", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("REDIS_URL", "redis://" + settings.redis().host() + ":" + settings.redis().port());
        env.put("TOKEN_SECRET", settings.tokenSecret());
        env.put("TRTC_SDK_APP_ID", Long.toString(settings.trtc().sdkAppId()));
        env.put("TRTC_SECRET_KEY", settings.trtc().secretKey());
        env.remove("JAVA_TOOL_OPTIONS");
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the web function exited with " + p.exitValue() + "; see web-function-start.log in " + System.getProperty("java.io.tmpdir"));
                }
                try (LoadClient http = new LoadClient("127.0.0.1", port)) {
                    LoadClient.Answer answer = http.post("/video/webrtcroom-get-room-info", token, body);
                    if (!Benchmark.ok(answer)) {
                        throw new IllegalStateException("get-room-info was not a success: " + answer.body());
                    }
                    double millis = (System.nanoTime() - t0) / 1e6;
                    // scf_bootstrap execs the JVM: the script's process is the server's.
                    return new double[] {millis, ColdStartProbe.peakRssKb(Path.of("/proc", Long.toString(p.pid()), "status")) / 1024.0};
                } catch (IOException notListeningYet) {
                    Thread.sleep(5);
                }
            }
            throw new IllegalStateException("the web function did not answer within 60 s");
        } finally {
            p.destroy();
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** bundle/target/scf of this checkout (the working directory or up to two levels above), or null before `package`. */
    static Path packageRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Path root = dir.resolve("bundle/target/scf");
            if (Files.isRegularFile(root.resolve("scf_bootstrap"))) {
                return root;
            }
        }
        return null;
    }
}

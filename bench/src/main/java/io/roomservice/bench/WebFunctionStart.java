package io.roomservice.bench;

import io.roomservice.config.Settings;
import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.OAuthAttempt;
import io.roomservice.gateway.LocalGateway;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The web function's start as SCF sees it: from starting the code package's scf_bootstrap
 * (bundle/target/scf) to the first answered aPaaS request that needed the database and Redis (an
 * enter_room with a bearer token, into a room of its own each run), against the gateway's MariaDB
 * or a TLS-offering one, with the script's own JVM flags. One line per run and the median.
 */
final class WebFunctionStart {

    private static final String USERNAME = "bench-web-start";

    private WebFunctionStart() {
    }

    static void run(LocalGateway gateway, int runs, List<ColdStartBench.Package> packages, ColdStartBench.Target db) throws Exception {
        String token = apaasToken(gateway.app());
        Settings settings = gateway.app().settings();
        List<Variant> variants = new ArrayList<>();
        for (ColdStartBench.Package p : packages) {
            variants.add(new Variant(p.label(), p.root(), Map.of()));
        }
        // This checkout's package once more, with a class-data archive made as on SCF: by a first start of its own.
        ColdStartBench.Package current = packages.get(packages.size() - 1);
        Path archives = Files.createTempDirectory("bench-cds");
        try {
            once(settings, db, current.root(), token, enterRoom(settings),
                    Map.of("CDS_ARCHIVE_DIR", archives.toString(), "CDS_DUMP_AFTER_SECONDS", "2"));
            System.out.println("class-data archive made by a first start: " + awaitArchive(archives));
            variants.add(new Variant(current.label() + " [CDS_ARCHIVE_DIR]", current.root(), Map.of("CDS_ARCHIVE_DIR", archives.toString())));
            List<List<double[]>> results = new ArrayList<>();
            for (Variant ignored : variants) {
                results.add(new ArrayList<>());
            }
            for (int run = 1; run <= runs; run++) {
                for (int i = 0; i < variants.size(); i++) {
                    Variant v = variants.get(i);
                    double[] start;
                    try {
                        start = once(settings, db, v.root(), token, enterRoom(settings), v.env());
                    } catch (IllegalStateException failed) {
                        // On a machine loaded far beyond its cores the first connection can outlast the connection wait.
                        System.out.println("run failed, started once more: " + failed.getMessage());
                        start = once(settings, db, v.root(), token, enterRoom(settings), v.env());
                    }
                    results.get(i).add(start);
                    System.out.printf("run %d (%s%s): web function start %.0f ms to the first database answer (%.0f ms CPU), peak RSS %.0f MB%n",
                            run, db.label(), v.label(), start[0], start[2], start[1]);
                }
            }
            for (int i = 0; i < variants.size(); i++) {
                List<double[]> r = results.get(i);
                System.out.printf("RESULT web function start against %s%s (scf_bootstrap to first aPaaS enter_room answer): median %.0f ms"
                                + " (%.0f ms CPU), peak RSS %.0f MB (target <= 600 ms)%n", db.label(), variants.get(i).label(),
                        ColdStartBench.median(r, 0), ColdStartBench.median(r, 2), ColdStartBench.median(r, 1));
            }
        } finally {
            try (Stream<Path> files = Files.walk(archives)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** A code package started with extra environment (the class-data archive's directory). */
    private record Variant(String label, Path root, Map<String, String> env) {
    }

    /** An aPaaS enter_room into a room of its own. */
    private static String enterRoom(Settings settings) {
        return "{\"appId\":\"" + settings.trtc().sdkAppId() + "\",\"roomId\":\"webstart-" + System.nanoTime()
                + "\",\"title\":\"web start\"}";
    }

    /** The archive the first start's scf_bootstrap dumps in the background (CDS_DUMP_AFTER_SECONDS after it began). */
    private static Path awaitArchive(Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> archive = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).findFirst();
                if (archive.isPresent()) {
                    return archive.get();
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no class-data archive in " + dir + " within 120 s");
    }

    /** An aPaaS user's token from the gateway (tokens are checked by signature and Redis, so it serves either database). */
    private static String apaasToken(App app) {
        try {
            app.accounts().oauth().register(USERNAME, ApaasScenarios.SALT);
        } catch (RuntimeException registeredByAnEarlierRun) {
            // the gateway's database keeps its users between runs of one gateway
        }
        Login login = app.accounts().oauth().signature(new OAuthAttempt(USERNAME,
                ApaasScenarios.md5(USERNAME + "----" + ApaasScenarios.SALT), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), "127.0.0.1", "", Optional.empty(), Optional.empty());
        return login.token();
    }

    /** Milliseconds from starting scf_bootstrap to the answer, the process's peak RSS in MB and its CPU milliseconds by then. */
    private static double[] once(Settings settings, ColdStartBench.Target db, Path packageRoot, String token, String body,
            Map<String, String> env) throws Exception {
        int port = freePort();
        ProcessBuilder pb = bootstrap(settings, db, packageRoot, port);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the web function exited with " + p.exitValue() + "; see web-function-start.log in " + System.getProperty("java.io.tmpdir"));
                }
                try (LoadClient http = new LoadClient("127.0.0.1", port)) {
                    LoadClient.Answer answer = http.post("/base/v1/rooms/enter_room", token, body);
                    if (answer.status() != 200 || !answer.body().startsWith("{\"errorCode\":0")) {
                        throw new IllegalStateException("enter_room was not a success: " + answer.body());
                    }
                    double millis = (System.nanoTime() - t0) / 1e6;
                    // scf_bootstrap execs the JVM: the script's process is the server's.
                    Path proc = Path.of("/proc", Long.toString(p.pid()));
                    return new double[] {millis, ColdStartProbe.peakRssKb(proc.resolve("status")) / 1024.0,
                        ColdStartProbe.cpuMillis(proc.resolve("stat"))};
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

    /** The code package's scf_bootstrap, run on this JVM, serving on {@code port} against {@code db} and the gateway's Redis. */
    static ProcessBuilder bootstrap(Settings settings, ColdStartBench.Target db, Path packageRoot, int port) {
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
        env.remove("CDS_ARCHIVE_DIR"); // only the variant that measures the archive sets it
        // Every start and every load client creates rooms as one account from one address: lifted, as for the gateway.
        env.put("LIMIT_ROOMS_PER_CALLER", "1000000");
        env.put("LIMIT_ROOMS_PER_ADDRESS", "1000000");
        return pb;
    }

    static int freePort() throws IOException {
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

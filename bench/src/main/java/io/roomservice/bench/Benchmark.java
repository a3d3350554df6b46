package io.roomservice.bench;

import io.roomservice.config.Config;
import io.roomservice.gateway.LocalGateway;
import io.roomservice.infra.token.TokenAudience;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints the figures the issues ask for, against the local gateway with MariaDB and Redis
 * on this machine: video-call and live enter+quit pairs per second at 16 clients,
 * get-room-info latency at one client, the RoomService figures ({@link RoomServiceBench}),
 * the aPaaS figures ({@link ApaasScenarios}), the aPaaS rooms figures
 * ({@link ApaasRoomScenarios}, with a loopback IM fake as IM_BASE_URL), the start-up figures
 * ({@link ColdStartBench}: one event function, a signing-only function and the web function through
 * its scf_bootstrap, each plain and against a TLS-offering MariaDB, BENCH_START_RUNS runs, default 5;
 * coldflags compares JVM flag sets, not part of the default set), issue 13's room churn ({@link RoomChurnBench}: answers per code and
 * lock conflicts of 16 clients entering and quitting 4 call rooms, BENCH_CHURN_SECONDS, default 60,
 * not part of the default set), signatures per second on one thread, and issue 17's webhook
 * commit-to-arrival p50/p99 ({@link WebhookBench}, with a loopback receiver as WEBHOOK_URL). Each figure is the median
 * of several runs, after a warm-up. Settings: BENCH_WARMUP_SECONDS (load before each throughput
 * figure, default 30), BENCH_SECONDS (per throughput run, default 10), BENCH_RUNS
 * (default 3), BENCH_SCENARIOS (a comma-separated list of video, churn, roomservice, apaas,
 * apaasrooms, coldstart, webstart, signing, webhooks, coldflags, webload; default all but churn, coldflags and webload).
 */
public final class Benchmark {

    private static final int CLIENTS = 16;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Config env = Config.fromEnvironment();
        int seconds = Integer.parseInt(env.get("BENCH_SECONDS", "10"));
        int runs = Integer.parseInt(env.get("BENCH_RUNS", "3"));
        // On 2 busy cores the JIT needs about half a minute of load to settle; shorter warm-ups measure the compiler.
        int warmUp = Integer.parseInt(env.get("BENCH_WARMUP_SECONDS", "30"));
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", java " + System.getProperty("java.version"));
        Set<String> scenarios = new HashSet<>();
        for (String name : env.get("BENCH_SCENARIOS", "video,roomservice,apaas,apaasrooms,coldstart,webstart,signing,webhooks").split(",")) {
            scenarios.add(name.trim());
        }
        Map<String, String> overrides = new HashMap<>(Map.of("GATEWAY_PORT", "0"));
        // A few clients create rooms thousands of times a second: lift the abuse limits (they stay in the path, counted).
        for (String limit : List.of("ROOMS", "WECHAT_LOGINS", "VOIP_SIGNATURES", "ROOM_CONTROLS")) {
            overrides.put("LIMIT_" + limit + "_PER_CALLER", "1000000");
            overrides.put("LIMIT_" + limit + "_PER_ADDRESS", "1000000");
        }
        overrides.put("LIMIT_REGISTRATIONS_PER_ADDRESS", "1000000");
        // The aPaaS rooms create IM groups: the gateway's IM is a loopback fake for this run.
        ApaasRoomScenarios.ImFake im = scenarios.contains("apaasrooms") ? new ApaasRoomScenarios.ImFake() : null;
        if (im != null) {
            overrides.put("IM_BASE_URL", im.baseUrl());
        }
        // Webhooks go to a loopback receiver that checks every signature.
        WebhookBench.Receiver hooks = scenarios.contains("webhooks") ? new WebhookBench.Receiver() : null;
        if (hooks != null) {
            overrides.put("WEBHOOK_URL", hooks.url());
            overrides.put("WEBHOOK_SIGNING_KEY", WebhookBench.KEY);
        }
        try (im; hooks; LocalGateway gateway = LocalGateway.start(env.overriddenBy(overrides), s -> System.out.println("  " + s))) {
            int port = gateway.port();
            String[] tokens = new String[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                tokens[i] = gateway.app().tokens().issue(TokenAudience.VIDEO, "bench-user-" + i);
            }
            if (scenarios.contains("video")) {
                video(port, tokens, warmUp, seconds, runs);
            }
            if (scenarios.contains("churn")) {
                RoomChurnBench.run(gateway.app(), port, tokens,
                        Integer.parseInt(env.get("BENCH_CHURN_SECONDS", Integer.toString(RoomChurnBench.DEFAULT_SECONDS))));
            }
            if (scenarios.contains("roomservice")) {
                RoomServiceBench.run(gateway, warmUp, seconds, runs);
            }
            if (scenarios.contains("apaas")) {
                new ApaasScenarios(gateway.app(), port).run(warmUp, seconds, runs);
            }
            if (scenarios.contains("apaasrooms")) {
                new ApaasRoomScenarios(gateway.app(), port, im).run(warmUp, seconds, runs);
            }
            if (scenarios.contains("coldflags")) {
                ColdStartBench.tryFlags(gateway, Integer.parseInt(env.get("BENCH_START_RUNS", "5")), env.get("BENCH_COLDSTART_FLAGS", ""),
                        Boolean.parseBoolean(env.get("BENCH_COLDSTART_TLS", "false")),
                        Integer.parseInt(env.get("BENCH_COLDSTART_CALLS", "1")));
            }
            if (scenarios.contains("coldstart") || scenarios.contains("webstart")) {
                ColdStartBench.run(gateway, Integer.parseInt(env.get("BENCH_START_RUNS", "5")),
                        scenarios.contains("coldstart"), scenarios.contains("webstart"), env.get("BENCH_COLDSTART_BEFORE", ""));
            }
            if (scenarios.contains("webload")) {
                WebFunctionLoad.run(gateway, tokens, warmUp, seconds, env.get("BENCH_WEB_JAVA_FLAGS", ""));
            }
            if (scenarios.contains("signing")) {
                SigningBenchmark.run(runs);
            }
            if (scenarios.contains("webhooks")) {
                // The journal on for this scenario's own gateway only: the other scenarios keep the default (off).
                Map<String, String> journalled = new HashMap<>(overrides);
                journalled.put("WEBHOOKS_ENABLED", "true");
                try (LocalGateway withJournal = LocalGateway.start(env.overriddenBy(journalled), s -> { })) {
                    new WebhookBench(withJournal.app(), hooks).run(warmUp, seconds, runs);
                }
            }
        }
    }

    private static void video(int port, String[] tokens, int warmUp, int seconds, int runs) throws Exception {
        for (String family : List.of("webrtcroom", "liveroom")) {
            System.out.println("warm-up: " + warmUp + " s of " + family + " enter+quit");
            enterQuitPairs(port, tokens, warmUp, family);
            List<Double> rates = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                double rate = enterQuitPairs(port, tokens, seconds, family);
                rates.add(rate);
                System.out.printf("run %d: %s enter+quit %.0f req/s at %d clients%n", run, family, rate, CLIENTS);
            }
            System.out.printf("RESULT %s enter+quit: median %.0f req/s at %d clients (target >= 2000)%n",
                    family, median(rates), CLIENTS);
        }

        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] lat = roomInfoLatency(port, tokens[0], 5_000);
            p50s.add(lat[0]);
            p99s.add(lat[1]);
            System.out.printf("run %d: get-room-info p50 %.3f ms, p99 %.3f ms%n", run, lat[0], lat[1]);
        }
        System.out.printf("RESULT webrtcroom get-room-info at 1 client: median p50 %.3f ms, p99 %.3f ms (target p50 <= 1 ms)%n",
                median(p50s), median(p99s));
    }

    private static double enterQuitPairs(int port, String[] tokens, int seconds, String family) throws Exception {
        // Live rooms stay ended, so every live pair needs a fresh room id.
        AtomicLong nextLiveRoom = new AtomicLong(1_000_000L + System.nanoTime() % 1_000_000_000L);
        return throughput(port, CLIENTS, seconds, 2, (http, client) -> {
            long roomId = family.equals("liveroom") ? nextLiveRoom.incrementAndGet() : 900_000 + client;
            String body = "{\"roomID\":\"" + roomId + "\"}";
            int failed = ok(http.post("/video/" + family + "-enter-room", tokens[client], body)) ? 0 : 1;
            return failed + (ok(http.post("/video/" + family + "-quit-room", tokens[client], body)) ? 0 : 1);
        });
    }

    /** One client's repeated step: its requests; the number of them that failed. */
    interface Step {
        int run(LoadClient http, int client) throws Exception;
    }

    /** Requests per second of {@code clients} keep-alive clients repeating {@code step} for {@code seconds}. */
    static double throughput(int port, int clients, int seconds, int requestsPerStep, Step step) throws Exception {
        AtomicLong requests = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread t = new Thread(() -> {
                try (LoadClient http = new LoadClient("127.0.0.1", port)) {
                    while (System.nanoTime() < deadline) {
                        failures.addAndGet(step.run(http, client));
                        requests.addAndGet(requestsPerStep);
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failures.get() > 0) {
            System.out.println("  failures: " + failures.get());
        }
        return requests.get() / elapsed;
    }

    private static double[] roomInfoLatency(int port, String token, int samples) throws Exception {
        double[] millis = new double[samples];
        try (LoadClient http = new LoadClient("127.0.0.1", port)) {
            String body = "{\"roomID\":\"910000\"}";
            http.post("/video/webrtcroom-enter-room", token, body);
            for (int i = 0; i < 1_000; i++) {
                http.post("/video/webrtcroom-get-room-info", token, body);
            }
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                LoadClient.Answer r = http.post("/video/webrtcroom-get-room-info", token, body);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (!ok(r)) {
                    throw new IllegalStateException("get-room-info failed: " + r.body());
                }
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[samples / 2], millis[(int) (samples * 0.99)]};
    }

    static boolean ok(LoadClient.Answer r) {
        return r.status() == 200 && r.body().startsWith("{\"code\":0");
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

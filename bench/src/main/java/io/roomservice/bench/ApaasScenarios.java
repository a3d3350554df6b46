package io.roomservice.bench;

import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.OAuthAttempt;
import io.roomservice.infra.sign.Digests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The aPaaS figures: user_query requests per second at 16 clients and its latency at one
 * client, and oauth/signature logins per second at 16 clients (each with a fresh ts and
 * nonce, the replay-proof path).
 */
final class ApaasScenarios {

    private static final int CLIENTS = 16;
    static final String SALT = "1e80a39bf9e1cb8e97cdaee2ace85281";

    private final App app;
    private final int port;
    private final String[] tokens = new String[CLIENTS];
    private final String[] userIds = new String[CLIENTS];

    ApaasScenarios(App app, int port) {
        this.app = app;
        this.port = port;
        for (int i = 0; i < CLIENTS; i++) {
            String username = "bench-apaas-" + i + "-" + System.nanoTime();
            app.accounts().oauth().register(username, SALT);
            Login login = app.accounts().oauth().signature(new OAuthAttempt(username, md5(username + "----" + SALT),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), "127.0.0.1", "",
                    Optional.of("bench " + i), Optional.empty());
            tokens[i] = login.token();
            userIds[i] = login.user().userId();
        }
    }

    void run(int warmUp, int seconds, int runs) throws Exception {
        System.out.println("warm-up: " + warmUp + " s of user_query");
        userQueryRate(warmUp);
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double rate = userQueryRate(seconds);
            rates.add(rate);
            System.out.printf("run %d: user_query %.0f req/s at %d clients%n", run, rate, CLIENTS);
        }
        System.out.printf("RESULT apaas user_query: median %.0f req/s at %d clients (target >= 9000)%n", Benchmark.median(rates), CLIENTS);

        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] lat = userQueryLatency(5_000);
            p50s.add(lat[0]);
            p99s.add(lat[1]);
            System.out.printf("run %d: user_query p50 %.3f ms, p99 %.3f ms%n", run, lat[0], lat[1]);
        }
        System.out.printf("RESULT apaas user_query at 1 client: median p50 %.3f ms, p99 %.3f ms (target p50 <= 0.5 ms)%n",
                Benchmark.median(p50s), Benchmark.median(p99s));

        System.out.println("warm-up: " + warmUp + " s of oauth/signature");
        signatureRate(warmUp);
        List<Double> logins = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double rate = signatureRate(seconds);
            logins.add(rate);
            System.out.printf("run %d: oauth/signature %.0f req/s at %d clients%n", run, rate, CLIENTS);
        }
        System.out.printf("RESULT apaas oauth/signature: median %.0f req/s at %d clients (target >= 3000)%n",
                Benchmark.median(logins), CLIENTS);
    }

    private double userQueryRate(int seconds) throws Exception {
        return load(seconds, (client, http, n) -> http.post("/base/v1/auth_users/user_query", tokens[client],
                "{\"userId\":\"" + userIds[client] + "\",\"searchUserId\":\"" + userIds[(client + 1) % CLIENTS] + "\"}"));
    }

    private double signatureRate(int seconds) throws Exception {
        return load(seconds, (client, http, n) -> {
            String username = "bench-sig-" + client;
            String ts = Long.toString(System.currentTimeMillis());
            String nonce = client + "-" + n + "-" + System.nanoTime();
            return http.post("/base/v1/oauth/signature", "none", "{\"username\":\"" + username + "\",\"ts\":\"" + ts
                    + "\",\"nonce\":\"" + nonce + "\",\"signature\":\"" + md5(username + "--" + ts + "-" + nonce + "-" + SALT) + "\"}");
        });
    }

    private double[] userQueryLatency(int samples) throws Exception {
        double[] millis = new double[samples];
        String body = "{\"userId\":\"" + userIds[0] + "\"}";
        try (LoadClient http = new LoadClient("127.0.0.1", port)) {
            for (int i = 0; i < 1_000; i++) {
                http.post("/base/v1/auth_users/user_query", tokens[0], body);
            }
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                LoadClient.Answer r = http.post("/base/v1/auth_users/user_query", tokens[0], body);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (!ok(r)) {
                    throw new IllegalStateException("user_query failed: " + r.body());
                }
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[samples / 2], millis[(int) (samples * 0.99)]};
    }

    /** One call of a load client: which client, its connection, its request number. */
    private interface Call {
        LoadClient.Answer send(int client, LoadClient http, long n) throws Exception;
    }

    private double load(int seconds, Call call) throws Exception {
        ensureSignatureUsers();
        long[] sent = new long[CLIENTS];
        return Benchmark.throughput(port, CLIENTS, seconds, 1,
                (http, client) -> ok(call.send(client, http, sent[client]++)) ? 0 : 1);
    }

    private boolean signatureUsers;

    private void ensureSignatureUsers() {
        if (!signatureUsers) {
            for (int i = 0; i < CLIENTS; i++) {
                try {
                    app.accounts().oauth().register("bench-sig-" + i, SALT);
                } catch (RuntimeException alreadyRegistered) {
                    // a previous run of this gateway registered it
                }
            }
            signatureUsers = true;
        }
    }

    private static boolean ok(LoadClient.Answer r) {
        return r.status() == 200 && r.body().startsWith("{\"errorCode\":0");
    }

    static String md5(String text) {
        return Digests.lowerHex(Digests.md5(text.getBytes(StandardCharsets.UTF_8)));
    }
}

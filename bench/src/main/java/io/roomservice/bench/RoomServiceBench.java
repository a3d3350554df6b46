package io.roomservice.bench;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.gateway.LocalGateway;
import io.roomservice.infra.token.TokenAudience;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * RoomService figures through the gateway, as the clients call it (session in the query
 * string, JSON body): pusher_heartbeat requests per second at 16 clients (16 pushers in
 * four multi rooms) and get_pushers latency at one client.
 */
final class RoomServiceBench {

    private static final int CLIENTS = 16;

    private RoomServiceBench() {
    }

    static void run(LocalGateway gateway, int warmUp, int seconds, int runs) throws Exception {
        App app = gateway.app();
        String[] paths = new String[CLIENTS];
        String[] bodies = new String[CLIENTS];
        String[] rooms = new String[CLIENTS / 4];
        for (int r = 0; r < rooms.length; r++) {
            rooms[r] = app.roomService().createRoom(RoomType.MULTI, "bench-pusher-" + (r * 4), Optional.empty(), "{}");
        }
        for (int i = 0; i < CLIENTS; i++) {
            String user = "bench-pusher-" + i;
            String room = rooms[i / 4];
            app.roomService().addPusher(RoomType.MULTI, user, room, user, "", app.roomService().urls().pushUrl(user));
            paths[i] = "/weapp/multi_room/pusher_heartbeat?userID=" + user + "&token=" + app.tokens().issue(TokenAudience.ROOMSERVICE, user);
            bodies[i] = "{\"roomID\":\"" + room + "\"}";
        }
        System.out.println("warm-up: " + warmUp + " s of pusher_heartbeat");
        heartbeats(gateway.port(), paths, bodies, warmUp);
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double rate = heartbeats(gateway.port(), paths, bodies, seconds);
            rates.add(rate);
            System.out.printf("run %d: pusher_heartbeat %.0f req/s at %d clients%n", run, rate, CLIENTS);
        }
        System.out.printf("RESULT roomservice pusher_heartbeat: median %.0f req/s at %d clients (target >= 5000)%n",
                Benchmark.median(rates), CLIENTS);

        String getPushers = "/weapp/multi_room/get_pushers?userID=bench-viewer&token=" + app.tokens().issue(TokenAudience.ROOMSERVICE, "bench-viewer");
        String body = "{\"roomID\":\"" + rooms[0] + "\"}";
        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] lat = latency(gateway.port(), getPushers, body, 5_000);
            p50s.add(lat[0]);
            p99s.add(lat[1]);
            System.out.printf("run %d: get_pushers p50 %.3f ms, p99 %.3f ms%n", run, lat[0], lat[1]);
        }
        System.out.printf("RESULT roomservice get_pushers at 1 client: median p50 %.3f ms, p99 %.3f ms (target p50 <= 1 ms)%n",
                Benchmark.median(p50s), Benchmark.median(p99s));
    }

    private static double heartbeats(int port, String[] paths, String[] bodies, int seconds) throws Exception {
        return Benchmark.throughput(port, CLIENTS, seconds, 1,
                (http, client) -> Benchmark.ok(http.post(paths[client], "-", bodies[client])) ? 0 : 1);
    }

    private static double[] latency(int port, String path, String body, int samples) throws Exception {
        double[] millis = new double[samples];
        try (LoadClient http = new LoadClient("127.0.0.1", port)) {
            for (int i = 0; i < 1_000; i++) {
                http.post(path, "-", body);
            }
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                LoadClient.Answer r = http.post(path, "-", body);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (!Benchmark.ok(r)) {
                    throw new IllegalStateException("get_pushers failed: " + r.body());
                }
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[samples / 2], millis[(int) (samples * 0.99)]};
    }
}

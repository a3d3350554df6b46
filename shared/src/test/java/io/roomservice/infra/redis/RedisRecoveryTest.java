package io.roomservice.infra.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.TestInfra;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;

/** After Redis closed the pooled connections (a restart, an idle timeout), the next calls still succeed. */
class RedisRecoveryTest {

    private static App app;

    @BeforeAll
    static void start() {
        // One server, also with TEST_REDIS=cluster (RedisClusterTest covers the cluster).
        app = TestApps.start(Map.of("REDIS_URL", TestInfra.endpoints().redisUrl()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void connectionsClosedByTheServerAreReplacedWithoutAFailure() throws Exception {
        Redis redis = AppStores.redis(app);
        String key = redis.keys().limit("recovery");
        fillThePool(redis, key);

        assertTrue(killConnectionsNamed(redis.clientName()) >= 2, "the pool held connections");

        for (int i = 0; i < 5; i++) {
            assertEquals("1", redis.call(j -> j.get(key)));
        }
    }

    /** Several calls at once, so the pool keeps several idle connections afterwards. */
    private static void fillThePool(Redis redis, String key) throws Exception {
        redis.call(j -> j.set(key, "1"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(threads.submit(() -> {
                    go.await();
                    return redis.call(j -> j.blpop(0.2, key + ":nothing"));
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static int killConnectionsNamed(String name) {
        URI server = URI.create(TestInfra.endpoints().redisUrl());
        int killed = 0;
        try (Jedis admin = new Jedis(server.getHost(), server.getPort())) {
            for (String client : admin.clientList().split("\n")) {
                if (client.contains(" name=" + name + " ")) {
                    admin.sendCommand(Protocol.Command.CLIENT, "KILL", "ID", client.replaceAll("^id=(\\d+) .*$", "$1"));
                    killed++;
                }
            }
        }
        return killed;
    }
}

package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasUsers.md5Signature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.TestApps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 60 parallel wrong signatures: no more than the failure limit of them is ever evaluated. */
class ApaasOauthSignatureRaceTest {

    private static final int LIMIT = 10;
    private static final int ATTEMPTS = 60;
    private static final String SALT = TestApps.randomHex(16);

    private static App app;
    private static ApaasCalls signature;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("APAAS_OAUTH_MAX_FAILURES", Integer.toString(LIMIT),
                "APAAS_OAUTH_MAX_FAILURES_PER_IP", "100000"), java.time.Clock.systemUTC());
        signature = new ApaasCalls(new ApaasOauthSignature(app.familyServices(), app.accounts().tenants(), app.accounts().oauth()),
                "/base/v1/oauth/signature");
        app.accounts().oauth().register("racer", SALT);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void parallelWrongSignaturesCannotRacePastTheLimit() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            String wrong = md5Signature("racer", "", "", "", "wrong-salt-" + i);
            attempts.add(() -> {
                go.await();
                return errorCode(signature.post(Map.of("username", "racer", "signature", wrong)));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        List<Future<Integer>> replies = new ArrayList<>();
        for (Callable<Integer> a : attempts) {
            replies.add(pool.submit(a));
        }
        go.countDown();
        int evaluated = 0;
        int refused = 0;
        for (Future<Integer> f : replies) {
            int code = f.get();
            if (code == 98) {
                evaluated++;
            } else if (code == 209) {
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(LIMIT, evaluated, "wrong signatures evaluated");
        assertEquals(ATTEMPTS - LIMIT, refused, "attempts refused by the limit");
        Map<String, Object> right = signature.post(Map.of("username", "racer", "signature", md5Signature("racer", "", "", "", SALT)));
        assertEquals(209, errorCode(right), "the right signature waits while the name is locked");
    }
}

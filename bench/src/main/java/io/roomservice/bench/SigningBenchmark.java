package io.roomservice.bench;

import io.roomservice.infra.sign.Privileges;
import io.roomservice.infra.sign.StreamUrlSigner;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.infra.sign.VoipSignature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/** Signatures per second on one thread (one core): UserSig, PrivateMapKey, VoIP, txSecret. */
final class SigningBenchmark {

    private static final long MILLIS = 2_000;

    private SigningBenchmark() {
    }

    static void run(int runs) {
        TlsSigner signer = new TlsSigner(1_400_000_001L, "3b1f6e0c2d9a4f7e8b5c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a");
        measure("UserSig", runs, i -> signer.userSig("user_" + i, 172_800));
        measure("PrivateMapKey", runs, i -> signer.privateMapKey("user_" + i, 86_400, 10_000 + i, Privileges.DEFAULT_MEMBER));
        measure("VoIP signature", runs, i -> VoipSignature.sign("wx20afc706a711eefc", "group_" + i, "8AP6DT9ybtniUJfb",
                Integer.toString(1_559_129_714 + i), "gDyVgzwa0mFz9uUP7M6GQQ=="));
        measure("txSecret", runs, i -> StreamUrlSigner.signedQuery("e12c46f2612d5106e2034781ab261ca3", "stream_" + i, 1_900_000_000L + i));
    }

    private static void measure(String name, int runs, IntConsumer sign) {
        timed(sign, MILLIS);
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            rates.add(timed(sign, MILLIS));
        }
        Collections.sort(rates);
        System.out.printf("RESULT signing %s: median %.0f signatures/s on one thread (target >= 20000)%n", name, rates.get(rates.size() / 2));
    }

    private static double timed(IntConsumer sign, long millis) {
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        int n = 0;
        while (System.nanoTime() < end) {
            sign.accept(n++);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}

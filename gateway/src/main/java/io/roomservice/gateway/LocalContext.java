package io.roomservice.gateway;

import com.qcloud.scf.runtime.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The SCF context a local call gets: a fresh request id, the deployed limits. */
final class LocalContext implements Context {

    private final String requestId;

    LocalContext() {
        this(newRequestId());
    }

    LocalContext(String requestId) {
        this.requestId = requestId;
    }

    /** Local request ids must be unique, not unguessable: this skips SecureRandom's lock, taken on every request. */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    @Override
    public String getRequestId() {
        return requestId;
    }

    @Override
    public int getTimeLimitInMs() {
        return 15_000;
    }

    @Override
    public int getMemoryLimitInMb() {
        return 512;
    }
}

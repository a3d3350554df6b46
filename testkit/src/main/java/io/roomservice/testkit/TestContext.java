package io.roomservice.testkit;

import com.qcloud.scf.runtime.Context;

import java.util.UUID;

/** The SCF {@link Context} for handlers called from tests. */
public final class TestContext implements Context {

    private final String requestId;
    private final int timeLimitInMs;
    private final int memoryLimitInMb;

    /** A random request id, SCF's default 3 s time limit and 128 MB. */
    public TestContext() {
        this(UUID.randomUUID().toString(), 3_000, 128);
    }

    public TestContext(String requestId, int timeLimitInMs, int memoryLimitInMb) {
        this.requestId = requestId;
        this.timeLimitInMs = timeLimitInMs;
        this.memoryLimitInMb = memoryLimitInMb;
    }

    @Override
    public String getRequestId() {
        return requestId;
    }

    @Override
    public int getTimeLimitInMs() {
        return timeLimitInMs;
    }

    @Override
    public int getMemoryLimitInMb() {
        return memoryLimitInMb;
    }
}

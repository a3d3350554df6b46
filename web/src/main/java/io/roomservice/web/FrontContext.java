package io.roomservice.web;

import com.qcloud.scf.runtime.Context;

/**
 * The SCF context of a request that no platform handed us: one served over HTTP (a web
 * function gets no Context) or a local {@code /_invoke}; the limits are the deployed ones.
 */
public final class FrontContext implements Context {

    private final String requestId;

    FrontContext(String requestId) {
        this.requestId = requestId;
    }

    /** A context with a new request id. */
    public static FrontContext fresh() {
        return new FrontContext(RequestIds.newId());
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

package io.roomservice.web;

import com.qcloud.scf.runtime.Context;

/**
 * The SCF context of a request served over HTTP. A web function gets no Context from the
 * platform; the limits are the ones the deploy files set for it.
 */
final class FrontContext implements Context {

    private final String requestId;

    FrontContext(String requestId) {
        this.requestId = requestId;
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

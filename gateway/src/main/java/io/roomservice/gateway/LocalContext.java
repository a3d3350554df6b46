package io.roomservice.gateway;

import com.qcloud.scf.runtime.Context;
import io.roomservice.web.RequestIds;

/** The SCF context a local {@code /_invoke} call gets: a fresh request id, the deployed limits. */
final class LocalContext implements Context {

    private final String requestId = RequestIds.newId();

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

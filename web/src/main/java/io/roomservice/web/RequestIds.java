package io.roomservice.web;

import com.sun.net.httpserver.HttpExchange;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The id of one HTTP request: SCF's X-Scf-Request-Id when the platform sent one, else a new one. */
public final class RequestIds {

    private static final int MAX_LENGTH = 128;

    private RequestIds() {
    }

    static String of(HttpExchange exchange) {
        String platform = exchange.getRequestHeaders().getFirst("X-Scf-Request-Id");
        return platform != null && !platform.isBlank() && platform.length() <= MAX_LENGTH ? platform : newId();
    }

    /** Ids must be unique, not unguessable: this skips SecureRandom's lock, taken on every request. */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}

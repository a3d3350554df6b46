package io.roomservice.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a function answers a {@link Refusal}: each family in its own envelope. */
@FunctionalInterface
public interface Refusals {

    /** Plain {@code {code: <status>, message}}, for what belongs to no family. */
    Refusals PLAIN = (request, refusal) -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", refusal.status());
        body.put("message", refusal.message());
        return Response.json(refusal.status(), body);
    };

    Response render(Request request, Refusal refusal);
}

package io.roomservice.runtime;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The browser origins allowed to call: {@code *} for any, or exact origins such as {@code https://app.example.com}. */
public final class CorsOrigins {

    public static final CorsOrigins NONE = new CorsOrigins(List.of());

    private final boolean any;
    private final Set<String> origins = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    private CorsOrigins(List<String> allowed) {
        boolean wildcard = false;
        for (String origin : allowed) {
            String o = origin.trim();
            if ("*".equals(o)) {
                wildcard = true;
            } else if (!o.isEmpty()) {
                origins.add(o.endsWith("/") ? o.substring(0, o.length() - 1) : o);
            }
        }
        this.any = wildcard;
    }

    public static CorsOrigins of(List<String> allowed) {
        return new CorsOrigins(allowed);
    }

    /** The Access-Control-Allow-Origin value for a request from {@code origin}; empty when it may not read the answer. */
    Optional<String> allowOrigin(String origin) {
        if (any) {
            return Optional.of("*");
        }
        return origin != null && origins.contains(origin) ? Optional.of(origin) : Optional.empty();
    }

    /** True when the answer depends on the Origin header (a list, not {@code *}). */
    boolean variesByOrigin() {
        return !any && !origins.isEmpty();
    }
}

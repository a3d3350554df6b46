package io.roomservice.runtime;

import java.util.function.Supplier;

/**
 * A value built on first use, so that a cold start pays only for what its function touches
 * and a missing setting fails the call that needs it, not the start. It is built once: threads
 * asking during the build wait for it (a service with in-process state exists once per instance).
 * A build that throws keeps nothing, and the next call tries again; a build never answers null.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> build;
    private volatile T value;

    private Lazy(Supplier<T> build) {
        this.build = build;
    }

    public static <T> Lazy<T> of(Supplier<T> build) {
        return new Lazy<>(build);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = build.get();
                    value = v;
                }
            }
        }
        return v;
    }
}

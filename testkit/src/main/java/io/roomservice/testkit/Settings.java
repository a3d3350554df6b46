package io.roomservice.testkit;

import java.util.Optional;

/** Reads one setting the way the tests expect: system property first, then environment variable. */
final class Settings {

    private Settings() {}

    static Optional<String> get(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String environment = System.getenv(name);
        return environment == null || environment.isBlank() ? Optional.empty() : Optional.of(environment);
    }
}

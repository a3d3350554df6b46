package io.roomservice.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Settings of an outside service that a function instance may start without: either the
 * parsed settings, or what is wrong with them, reported as the family's system error
 * ("Invalid &lt;name&gt; config: ...") by every action that needs them.
 */
final class OptionalSection<T> {

    private final String name;
    private final T value;
    private final String problem;

    private OptionalSection(String name, T value, String problem) {
        this.name = name;
        this.value = value;
        this.problem = problem;
    }

    static <T> OptionalSection<T> parse(String name, SettingValues values, BiFunction<SettingValues, List<String>, T> parser) {
        List<String> problems = new ArrayList<>();
        T value = parser.apply(values, problems);
        return problems.isEmpty()
                ? new OptionalSection<>(name, value, null)
                : new OptionalSection<>(name, null, String.join("; ", problems));
    }

    T get() {
        if (value == null) {
            throw new ConfigException("Invalid " + name + " config: " + problem);
        }
        return value;
    }

    boolean isConfigured() {
        return value != null;
    }

    /** What is wrong, when the service is off. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}

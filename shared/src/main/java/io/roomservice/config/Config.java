package io.roomservice.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where settings come from. The SCF Java runtime passes its credentials as JVM system
 * properties and everything else as environment variables, so a name is looked up in
 * the system properties first and then in the environment. Tests and the local gateway
 * put explicit values in front of both.
 */
public final class Config {

    private final Function<String, String> lookup;

    private Config(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** System properties, then environment variables. */
    public static Config fromEnvironment() {
        return new Config(name -> {
            String value = System.getProperty(name);
            return value != null ? value : System.getenv(name);
        });
    }

    /** Only the given values: nothing from the process leaks in. */
    public static Config of(Map<String, String> values) {
        Map<String, String> copy = new HashMap<>(values);
        return new Config(copy::get);
    }

    /** These values first, then this configuration. */
    public Config overriddenBy(Map<String, String> values) {
        Map<String, String> copy = new HashMap<>(values);
        Function<String, String> base = lookup;
        return new Config(name -> copy.containsKey(name) ? copy.get(name) : base.apply(name));
    }

    /** The trimmed value, or empty when the setting is absent or blank. */
    public Optional<String> get(String name) {
        String value = lookup.apply(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /** The value of a setting that {@code feature} cannot work without; a ConfigException naming both when it is absent. */
    public String required(String name, String feature) {
        return get(name).orElseThrow(() -> new ConfigException(feature + " is not configured: " + name + " is not set"));
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }
}

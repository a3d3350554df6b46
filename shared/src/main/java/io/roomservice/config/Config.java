package io.roomservice.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Where settings come from. The SCF Java runtime passes its credentials as JVM system
 * properties and everything else as environment variables, so a name is looked up in
 * the system properties first and then in the environment. Tests and the local gateway
 * put explicit values in front of both.
 *
 * <p>The literal text {@code undefined} counts as unset: Tencent's deploy tool writes it into
 * a function's environment for an unset {@code ${env:X}}. The deploy renderer should never
 * produce it; this is the second line of defence, with one warning per setting.
 */
public final class Config {

    private static final Logger LOG = Logger.getLogger(Config.class.getName());
    private static final String DEPLOY_TOOL_UNSET = "undefined";

    private final Function<String, String> lookup;
    /** Settings already warned about; shared with the configurations derived from this one. */
    private final Set<String> warnedUndefined;

    private Config(Function<String, String> lookup, Set<String> warnedUndefined) {
        this.lookup = lookup;
        this.warnedUndefined = warnedUndefined;
    }

    private Config(Function<String, String> lookup) {
        this(lookup, ConcurrentHashMap.newKeySet());
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
        return new Config(name -> copy.containsKey(name) ? copy.get(name) : base.apply(name), warnedUndefined);
    }

    /** The trimmed value, or empty when the setting is absent, blank or the text {@code undefined}. */
    public Optional<String> get(String name) {
        String value = lookup.apply(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.toLowerCase(Locale.ROOT).equals(DEPLOY_TOOL_UNSET)) {
            if (warnedUndefined.add(name)) {
                LOG.warning(name + " is the text 'undefined' (the deploy tool's mark of an unset variable): treated as not set");
            }
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    public Optional<String> get(Setting setting) {
        return get(setting.name());
    }

    public boolean has(Setting setting) {
        return get(setting.name()).isPresent();
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }
}

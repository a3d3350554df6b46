package io.roomservice.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The value of every catalogued setting, read from a {@link Config} once, each parsed and
 * checked against its kind, range and format. What is wrong is collected, never thrown one
 * at a time: {@link #problems()} lists every malformed value. Reads afterwards are typed
 * and cannot fail.
 */
public final class SettingValues {

    private final Map<Setting, String> raw = new HashMap<>();
    private final Map<Setting, Long> numbers = new HashMap<>();
    private final Set<Setting> rejected = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    private SettingValues(Config config) {
        for (Setting setting : SettingsCatalogue.all()) {
            config.get(setting.name()).ifPresent(value -> accept(setting, value));
        }
    }

    /** Every catalogued setting of {@code config}; malformed values are left unset and listed in {@link #problems()}. */
    public static SettingValues read(Config config) {
        return new SettingValues(config);
    }

    /** Like {@link #read} for code that needs no more than these values: a ConfigException naming every malformed value. */
    public static SettingValues readChecked(Config config) {
        SettingValues values = read(config);
        if (!values.problems.isEmpty()) {
            throw new ConfigException("Invalid configuration: " + String.join("; ", values.problems));
        }
        return values;
    }

    private void accept(Setting setting, String value) {
        if (setting.kind() == Setting.Kind.NUMBER) {
            Long number = parseNumber(value);
            if (number == null || number < setting.min().getAsLong() || number > setting.max().getAsLong()) {
                reject(setting, setting.name() + " must be a whole number in " + setting.range());
                return;
            }
            numbers.put(setting, number);
        } else if (setting.format().isPresent() && !setting.format().get().matcher(value).matches()) {
            reject(setting, setting.name() + " must be " + setting.formatDescription().orElse("well-formed"));
            return;
        }
        raw.put(setting, value);
    }

    private void reject(Setting setting, String problem) {
        rejected.add(setting);
        problems.add(problem);
    }

    private static Long parseNumber(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The malformed values, one sentence each, naming the setting and never its value. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Whether the setting was given a value that is malformed (and so counts as not set). */
    public boolean isRejected(Setting setting) {
        return rejected.contains(setting);
    }

    /** Whether the setting was given a (well-formed) value. */
    public boolean isSet(Setting setting) {
        return raw.containsKey(setting);
    }

    /** The value as given, or empty when it is not set; defaults are not applied. */
    public Optional<String> given(Setting setting) {
        return Optional.ofNullable(raw.get(setting));
    }

    /** The value, or the default. Empty when neither exists. */
    public Optional<String> text(Setting setting) {
        String value = raw.get(setting);
        return value != null ? Optional.of(value) : setting.defaultValue();
    }

    /** The value of a setting that {@code feature} cannot work without; a ConfigException naming both when it is absent. */
    public String required(Setting setting, String feature) {
        return given(setting).orElseThrow(() -> new ConfigException(feature + " is not configured: " + setting.name() + " is not set"));
    }

    /** A number setting's value or default; a number setting without a default must be checked with {@link #isSet} first. */
    public long number(Setting setting) {
        requireKind(setting, Setting.Kind.NUMBER);
        Long value = numbers.get(setting);
        if (value != null) {
            return value;
        }
        return Long.parseLong(setting.defaultValue()
                .orElseThrow(() -> new IllegalStateException(setting.name() + " has no default: check isSet first")));
    }

    /** A number setting whose range fits an int. */
    public int integer(Setting setting) {
        return Math.toIntExact(number(setting));
    }

    /** An optional number setting without a default. */
    public Optional<Long> optionalNumber(Setting setting) {
        requireKind(setting, Setting.Kind.NUMBER);
        return Optional.ofNullable(numbers.get(setting));
    }

    /** On only with the word {@code true}, in any case. */
    public boolean flag(Setting setting) {
        requireKind(setting, Setting.Kind.FLAG);
        return text(setting).map("true"::equalsIgnoreCase).orElse(false);
    }

    /** The comma-separated items, trimmed, without empty ones. */
    public List<String> list(Setting setting) {
        requireKind(setting, Setting.Kind.LIST);
        return text(setting).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableList())).orElse(List.of());
    }

    private static void requireKind(Setting setting, Setting.Kind kind) {
        if (setting.kind() != kind) {
            throw new IllegalArgumentException(setting.name() + " is " + setting.kind() + ", not " + kind);
        }
    }
}

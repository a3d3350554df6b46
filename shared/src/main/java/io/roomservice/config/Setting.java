package io.roomservice.config;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One setting the code reads: its name, what kind of value it takes, its default (with its
 * unit), the range a number must fall in, and what it is for. Settings are immutable and
 * listed in {@link SettingsCatalogue}; a modifier returns a changed copy.
 */
public final class Setting {

    /** How a value is parsed. */
    public enum Kind {
        /** Free text, optionally matching a format. */
        TEXT,
        /** A whole number within {@link #min()}..{@link #max()}. */
        NUMBER,
        /** On only with the word {@code true} (any case); anything else is off. */
        FLAG,
        /** Comma-separated items. */
        LIST
    }

    private final String name;
    private final Section section;
    private final Kind kind;
    private final String description;
    private final String defaultValue;
    private final String unit;
    private final long min;
    private final long max;
    private final Pattern format;
    private final String formatDescription;
    private final boolean secret;
    private final boolean required;
    private final boolean platformProvided;
    private final boolean localOnly;

    private Setting(String name, Section section, Kind kind, String description, String defaultValue, String unit,
                    long min, long max, Pattern format, String formatDescription,
                    boolean secret, boolean required, boolean platformProvided, boolean localOnly) {
        this.name = Objects.requireNonNull(name);
        this.section = Objects.requireNonNull(section);
        this.kind = Objects.requireNonNull(kind);
        this.description = Objects.requireNonNull(description);
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.format = format;
        this.formatDescription = formatDescription;
        this.secret = secret;
        this.required = required;
        this.platformProvided = platformProvided;
        this.localOnly = localOnly;
    }

    static Setting text(String name, Section section, String description) {
        return new Setting(name, section, Kind.TEXT, description, null, null, 0, 0, null, null, false, false, false, false);
    }

    /** A whole number from {@code min} to {@code max}, in {@code unit} (null when it has none). */
    static Setting number(String name, Section section, long min, long max, String unit, String description) {
        return new Setting(name, section, Kind.NUMBER, description, null, unit, min, max, null, null, false, false, false, false);
    }

    static Setting seconds(String name, Section section, long min, long max, String description) {
        return number(name, section, min, max, "seconds", description);
    }

    static Setting flag(String name, Section section, String description) {
        return new Setting(name, section, Kind.FLAG, description, "false", null, 0, 0, null, null, false, false, false, false);
    }

    static Setting list(String name, Section section, String description) {
        return new Setting(name, section, Kind.LIST, description, null, null, 0, 0, null, null, false, false, false, false);
    }

    Setting withDefault(String value) {
        return new Setting(name, section, kind, description, value, unit, min, max, format, formatDescription,
                secret, required, platformProvided, localOnly);
    }

    Setting withDefault(long value) {
        return withDefault(Long.toString(value));
    }

    /** The value must match {@code regex}; {@code what} says so in the problem ("must be ..."). */
    Setting withFormat(String regex, String what) {
        return new Setting(name, section, kind, description, defaultValue, unit, min, max, Pattern.compile(regex), what,
                secret, required, platformProvided, localOnly);
    }

    Setting asSecret() {
        return new Setting(name, section, kind, description, defaultValue, unit, min, max, format, formatDescription,
                true, required, platformProvided, localOnly);
    }

    Setting asRequired() {
        return new Setting(name, section, kind, description, defaultValue, unit, min, max, format, formatDescription,
                secret, true, platformProvided, localOnly);
    }

    Setting asPlatformProvided() {
        return new Setting(name, section, kind, description, defaultValue, unit, min, max, format, formatDescription,
                secret, required, true, localOnly);
    }

    Setting asLocalOnly() {
        return new Setting(name, section, kind, description, defaultValue, unit, min, max, format, formatDescription,
                secret, required, platformProvided, true);
    }

    public String name() {
        return name;
    }

    public Section section() {
        return section;
    }

    public Kind kind() {
        return kind;
    }

    /** One line: what the setting is for. */
    public String description() {
        return description;
    }

    /** The value used when the setting is not set, as it would be written; empty when there is none. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The unit of a number ("seconds", "connections", ...); empty for text and unit-less numbers. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    /** The smallest allowed number; empty unless {@link Kind#NUMBER}. */
    public OptionalLong min() {
        return kind == Kind.NUMBER ? OptionalLong.of(min) : OptionalLong.empty();
    }

    public OptionalLong max() {
        return kind == Kind.NUMBER ? OptionalLong.of(max) : OptionalLong.empty();
    }

    /** What a text value must look like ("a host name"); empty when anything goes. */
    public Optional<String> formatDescription() {
        return Optional.ofNullable(formatDescription);
    }

    Optional<Pattern> format() {
        return Optional.ofNullable(format);
    }

    /** Never printed, logged or quoted in a message. */
    public boolean secret() {
        return secret;
    }

    /** An instance does not start without it. */
    public boolean required() {
        return required;
    }

    /** Set by the platform (SCF passes the function role's credentials), never by the deploy file. */
    public boolean platformProvided() {
        return platformProvided;
    }

    /** Read only by the local gateway; never deployed. */
    public boolean localOnly() {
        return localOnly;
    }

    /** The allowed range in words, e.g. "1..64 connections"; empty for text. */
    public String range() {
        if (kind != Kind.NUMBER) {
            return "";
        }
        return min + ".." + max + (unit == null ? "" : " " + unit);
    }

    @Override
    public String toString() {
        return name;
    }
}

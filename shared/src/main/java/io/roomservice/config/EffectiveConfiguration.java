package io.roomservice.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configuration an instance runs with, for the start-up log: {@code NAME = value (set)}
 * or {@code NAME = value (default)} for every catalogued setting. No character of a secret
 * is ever shown, nor a password written inside DB_URL or REDIS_URL.
 */
public final class EffectiveConfiguration {

    static final String MASK = "****";
    static final String UNSET = "(unset)";
    /** {@code scheme://user:password@host}: the password part. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(//[^/@:]*:)[^/]*@");
    /** {@code ?password=...} or {@code &pwd=...} in a JDBC URL. */
    private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&;](password|pwd)=)[^&;]*");

    private EffectiveConfiguration() {
    }

    public static List<String> describe(SettingValues values) {
        List<String> lines = new ArrayList<>();
        for (Setting setting : SettingsCatalogue.all()) {
            lines.add(line(setting, values.given(setting)));
        }
        return lines;
    }

    private static String line(Setting setting, Optional<String> given) {
        if (given.isPresent()) {
            return setting.name() + " = " + shown(setting, given.get()) + " (set)";
        }
        return setting.name() + " = " + setting.defaultValue().map(d -> shown(setting, d)).orElse(UNSET) + " (default)";
    }

    private static String shown(Setting setting, String value) {
        if (setting.secret()) {
            return MASK;
        }
        return maskUrlPasswords(value);
    }

    /** The text with any password in a URL (user-info or query parameter) replaced by the mask. */
    public static String maskUrlPasswords(String text) {
        String masked = URL_PASSWORD.matcher(text).replaceAll("$1" + MASK + "@");
        return QUERY_PASSWORD.matcher(masked).replaceAll("$1" + MASK);
    }
}

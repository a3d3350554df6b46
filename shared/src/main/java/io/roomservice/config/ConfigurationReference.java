package io.roomservice.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders docs/configuration.md from {@link SettingsCatalogue}: one table per section.
 * A test compares the checked-in file with this rendering.
 */
public final class ConfigurationReference {

    /** Regenerates the checked-in reference; run from the repository's top folder. */
    public static final String REGENERATE_COMMAND = "mvn -B -q -pl shared -am compile"
            + " && java -cp shared/target/classes io.roomservice.config.ConfigurationReference docs/configuration.md";

    private ConfigurationReference() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ConfigurationReference <file to write, e.g. docs/configuration.md>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), markdown(), StandardCharsets.UTF_8);
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Configuration reference\n\n");
        md.append("<!-- Generated from io.roomservice.config.SettingsCatalogue: do not edit by hand. -->\n");
        md.append("Generated from `io.roomservice.config.SettingsCatalogue`; do not edit by hand. Regenerate with:\n\n");
        md.append("```\n").append(REGENERATE_COMMAND).append("\n```\n\n");
        md.append("Every setting is read once when a function instance starts, from the JVM system properties and then the\n");
        md.append("environment. Every problem (a missing required setting, a malformed or out-of-range value, a placeholder\n");
        md.append("secret, a half-configured service) is reported together in one message, and the instance does not start.\n");
        md.append("The text `undefined` counts as unset, with a warning. The effective configuration is logged at start with\n");
        md.append("secrets masked. Optional outside services (TRTC, live, WeChat, IM, SMS, SES, captcha) may be left\n");
        md.append("unconfigured: then the actions that need them answer their family's system error.\n");
        Section current = null;
        for (Setting s : SettingsCatalogue.all()) {
            if (s.section() != current) {
                current = s.section();
                md.append("\n## ").append(current.title()).append("\n\n");
                md.append("| Name | Default | Unit | Range | Required | Secret | Description |\n");
                md.append("|---|---|---|---|---|---|---|\n");
            }
            md.append("| `").append(s.name()).append("` | ")
                    .append(s.defaultValue().map(d -> "`" + d + "`").orElse("")).append(" | ")
                    .append(cell(s.unit().orElse(""))).append(" | ")
                    .append(cell(range(s))).append(" | ")
                    .append(s.required() ? "yes" : "").append(" | ")
                    .append(s.secret() ? "yes" : "").append(" | ")
                    .append(cell(description(s))).append(" |\n");
        }
        return md.toString();
    }

    private static String range(Setting s) {
        if (s.kind() == Setting.Kind.NUMBER) {
            return s.min().getAsLong() + " to " + s.max().getAsLong();
        }
        if (s.kind() == Setting.Kind.FLAG) {
            return "true or false";
        }
        if (s.kind() == Setting.Kind.LIST) {
            return "comma-separated";
        }
        return s.formatDescription().orElse("");
    }

    private static String description(Setting s) {
        String text = s.description();
        if (s.platformProvided()) {
            text += " (provided by the platform, never deployed)";
        }
        if (s.localOnly()) {
            text += " (local runs only, never deployed)";
        }
        return text;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}

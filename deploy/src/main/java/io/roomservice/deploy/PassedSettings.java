package io.roomservice.deploy;

import io.roomservice.config.Config;
import io.roomservice.config.Setting;
import io.roomservice.config.SettingsCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings a deploy file hands the functions: only those set in the deploying shell,
 * so that no function ever receives the text "undefined" that Tencent's deploy tool writes
 * for an unset {@code ${env:X}}. Names come from the settings catalogue; values stay in the
 * shell (SCF files refer to them by name) or in CloudBase's own .env.local.
 */
final class PassedSettings {

    /** The settings a typical deployment sets: the reference deploy files in the repository show these. */
    static final List<String> TYPICAL = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "REDIS_URL", "TOKEN_SECRET",
            "TRTC_SDK_APP_ID", "TRTC_SECRET_KEY", "APAAS_SALT_KEY");

    /** A web-function instance serves {@link DeployPlan#WEB_MAX_CONCURRENCY} requests at once: pools to match, unless set. */
    static final Map<String, String> WEB_DEFAULTS = Map.of(
            "WEB_THREADS", Integer.toString(DeployPlan.WEB_MAX_CONCURRENCY),
            "DB_POOL_SIZE", "8",
            "REDIS_POOL_SIZE", Integer.toString(DeployPlan.WEB_MAX_CONCURRENCY));

    private final List<String> names;

    private PassedSettings(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** Every deployable setting that the shell sets. */
    static PassedSettings from(Config shell) {
        List<String> set = new ArrayList<>();
        for (String name : deployable()) {
            if (shell.has(name)) {
                set.add(name);
            }
        }
        return new PassedSettings(set);
    }

    static PassedSettings typical() {
        return new PassedSettings(TYPICAL);
    }

    /** The catalogue's settings that a deployment may pass: not the local gateway's, not those the platform provides. */
    static List<String> deployable() {
        List<String> out = new ArrayList<>();
        for (Setting setting : SettingsCatalogue.all()) {
            if (!setting.localOnly() && !setting.platformProvided()) {
                out.add(setting.name());
            }
        }
        return out;
    }

    List<String> names() {
        return names;
    }

    /** Setting name to the value a unit's deploy file writes, given how it refers to a shell variable. */
    Map<String, String> references(DeployUnit.Kind kind) {
        Map<String, String> out = new TreeMap<>();
        if (kind == DeployUnit.Kind.WEB_FUNCTION) {
            out.putAll(WEB_DEFAULTS);
        }
        for (String name : names) {
            out.put(name, kind == DeployUnit.Kind.CLOUDBASE ? "{{env." + name + "}}" : "${env:" + name + "}");
        }
        return out;
    }
}

package io.roomservice.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders an SCF deploy unit as the serverless.yml that serverless-cloud-framework
 * ({@code scf deploy}) reads: the scf component for the web function, multi-scf for event
 * functions. Field names follow Tencent's component documentation (see docs/deploy.md).
 */
final class ServerlessYaml {

    static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private ServerlessYaml() {
    }

    /**
     * @param codeDirectory the code package folder, as the file refers to it (relative to the file)
     */
    static String render(DeployUnit unit, DeployTarget target, PassedSettings settings, String codeDirectory) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("app", DeployPlan.APP);
        file.put("stage", target.stage());
        boolean web = unit.kind() == DeployUnit.Kind.WEB_FUNCTION;
        file.put("component", web ? "scf" : "multi-scf");
        file.put("name", DeployPlan.APP + "-" + unit.directory().substring(unit.directory().lastIndexOf('/') + 1));
        file.put("inputs", web ? webInputs(unit, target, settings, codeDirectory) : eventInputs(unit, target, settings, codeDirectory));
        return header(unit) + write(file);
    }

    private static Map<String, Object> webInputs(DeployUnit unit, DeployTarget target, PassedSettings settings, String code) {
        DeployedFunction function = unit.functions().get(0);
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("name", function.name());
        in.put("namespace", unit.namespace());
        in.put("type", "web");
        in.put("src", Map.of("src", code));
        in.put("region", target.region());
        in.put("runtime", "Java11");
        in.put("memorySize", function.memoryMb());
        in.put("timeout", function.timeoutSeconds());
        in.put("instanceConcurrencyConfig", ordered("enable", true, "maxConcurrency", DeployPlan.WEB_MAX_CONCURRENCY));
        in.put("environment", Map.of("variables", settings.references(unit.kind())));
        vpc(target).ifPresent(vpc -> in.put("vpcConfig", vpc));
        Map<String, Object> url = ordered("netConfig", Map.of("enableExtranet", true), "qualifier", "$DEFAULT",
                "authType", "NONE");
        in.put("events", List.of(Map.of("http", Map.of("parameters", url))));
        return in;
    }

    private static Map<String, Object> eventInputs(DeployUnit unit, DeployTarget target, PassedSettings settings, String code) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("src", Map.of("src", code));
        in.put("region", target.region());
        in.put("runtime", "Java11");
        in.put("namespace", unit.namespace());
        in.put("type", "event");
        vpc(target).ifPresent(vpc -> in.put("vpc", vpc));
        List<Map<String, Object>> environments = new ArrayList<>();
        settings.references(unit.kind()).forEach((name, value) -> environments.add(keyValue(name, value)));
        in.put("environments", environments);
        Map<String, Object> functions = new LinkedHashMap<>();
        List<Map<String, Object>> triggers = new ArrayList<>();
        for (DeployedFunction f : unit.functions()) {
            Map<String, Object> fn = new LinkedHashMap<>();
            fn.put("name", f.name());
            fn.put("handler", f.handler().orElseThrow());
            fn.put("memorySize", f.memoryMb());
            fn.put("timeout", f.timeoutSeconds());
            functions.put(f.key(), fn);
            f.timerCron().ifPresent(cron -> triggers.add(timer(f, cron)));
        }
        in.put("functions", functions);
        if (!triggers.isEmpty()) {
            in.put("triggers", triggers);
        }
        return in;
    }

    private static Map<String, Object> timer(DeployedFunction f, String cron) {
        return ordered("type", "timer", "function", f.key(),
                "parameters", ordered("name", f.key() + "-timer", "cronExpression", cron, "enable", true));
    }

    static Optional<Map<String, Object>> vpc(DeployTarget target) {
        return target.vpcId().map(vpc -> ordered("vpcId", vpc, "subnetId", target.subnetId().orElseThrow()));
    }

    private static Map<String, Object> keyValue(String key, String value) {
        return ordered("key", key, "value", value);
    }

    /** A map that keeps the order its keys are given in (Map.of does not, and the files must not change from run to run). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static String header(DeployUnit unit) {
        return "# Rendered from the list of functions (functions/router Routes) by the deploy module; do not edit.\n"
                + "# Settings are passed by name (${env:<name>}), and only those set in the shell that rendered the file.\n"
                + (unit.optional() ? "# Optional: every action as its own event function, for users who want them.\n" : "");
    }

    static String write(Object tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }
}

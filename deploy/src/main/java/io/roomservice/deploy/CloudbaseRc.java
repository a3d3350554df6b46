package io.roomservice.deploy;

import static io.roomservice.deploy.ServerlessYaml.ordered;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roomservice.runtime.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the CloudBase unit as the cloudbaserc.json that {@code tcb fn deploy} reads (format
 * version 2.0, whose {@code {{env.X}}} values CloudBase fills from .env / .env.local beside it).
 */
final class CloudbaseRc {

    static final String FORMAT_VERSION = "2.0";
    /** CloudBase's limits on a function (docs.cloudbase.net, cloudbaserc.json). */
    static final int MIN_TIMEOUT_SECONDS = 1;
    static final int MAX_TIMEOUT_SECONDS = 60;
    static final int MIN_MEMORY_MB = 128;
    static final int MAX_MEMORY_MB = 2048;

    private CloudbaseRc() {
    }

    /** @param functionRoot the folder of the function folders, as the file refers to it */
    static String render(DeployUnit unit, DeployTarget target, PassedSettings settings, String functionRoot) {
        Map<String, Object> file = ordered("version", FORMAT_VERSION);
        target.cloudbaseEnvId().ifPresent(env -> file.put("envId", env));
        file.put("functionRoot", functionRoot);
        List<Map<String, Object>> functions = new ArrayList<>();
        for (DeployedFunction f : unit.functions()) {
            Map<String, Object> fn = ordered("name", f.name(), "runtime", "Java11", "handler", f.handler().orElseThrow(),
                    "timeout", f.timeoutSeconds(), "memorySize", f.memoryMb(),
                    "envVariables", settings.references(unit.kind()));
            ServerlessYaml.vpc(target).ifPresent(vpc -> fn.put("vpc", vpc));
            functions.add(fn);
        }
        file.put("functions", functions);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write cloudbaserc.json", e);
        }
    }
}

package io.roomservice.functions.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qcloud.scf.runtime.Context;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** serverless.yml, the function modules and the route table describe the same functions. */
class DeploymentDescriptorTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent().getParent();
    private static final Pattern FUNCTION_KEY = Pattern.compile("^    ([a-z0-9-]+):\\s*$");
    private static final Pattern HANDLER = Pattern.compile("^      handler:\\s*([\\w.]+)::(\\w+)\\s*$");

    /** Function key -> handler string, from the `functions:` block. */
    private static Map<String, String> handlers() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        boolean inFunctions = false;
        for (String line : Files.readAllLines(ROOT.resolve("serverless.yml"))) {
            if (line.equals("  functions:")) {
                inFunctions = true;
                continue;
            }
            if (!inFunctions) {
                continue;
            }
            Matcher k = FUNCTION_KEY.matcher(line);
            Matcher h = HANDLER.matcher(line);
            if (k.matches()) {
                key = k.group(1);
            } else if (h.matches() && key != null) {
                out.put(key, h.group(1) + "::" + h.group(2));
            }
        }
        return out;
    }

    @Test
    void everyHandlerStringNamesARealClassAndMethod() throws Exception {
        Map<String, String> handlers = handlers();
        assertTrue(handlers.size() >= 5, handlers.toString());
        for (Map.Entry<String, String> e : handlers.entrySet()) {
            String[] parts = e.getValue().split("::");
            Class<?> type = Class.forName(parts[0]);
            Method method = type.getMethod(parts[1], Map.class, Context.class);
            assertEquals(String.class, method.getReturnType(), e.getKey());
            assertTrue(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()), e.getKey());
            type.getConstructor();
        }
    }

    @Test
    void everyFunctionModuleIsDeployedAndRouted() throws IOException {
        Set<String> modules;
        try (Stream<Path> dirs = Files.list(ROOT.resolve("functions"))) {
            modules = dirs.filter(d -> Files.exists(d.resolve("pom.xml")))
                    .map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Map<String, String> handlers = handlers();
        Set<String> deployed = new TreeSet<>(modules);
        deployed.remove("router");
        deployed.addAll(Routes.DISPATCHERS.keySet());
        assertEquals(deployed, new TreeSet<>(handlers.keySet()));
        Set<String> routed = Routes.all().stream().map(Routes.Route::function).collect(Collectors.toCollection(TreeSet::new));
        routed.add("router");
        assertEquals(modules, routed);
        for (Routes.Route route : Routes.all()) {
            assertEquals(route.handler().getName() + "::handle", handlers.get(route.function()));
        }
        Routes.DISPATCHERS.forEach((name, type) -> assertEquals(type.getName() + "::handle", handlers.get(name)));
    }
}

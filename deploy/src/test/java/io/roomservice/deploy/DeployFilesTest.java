package io.roomservice.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.qcloud.scf.runtime.Context;
import io.roomservice.config.Config;
import io.roomservice.functions.router.Routes;
import io.roomservice.runtime.Json;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rendered deploy files keep Tencent's rules, and agree with the one list of functions and the Maven modules. */
class DeployFilesTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).getParent();
    private static final String REGENERATE = "mvn -q -DskipTests -pl deploy -am package exec:java@reference-deploy-files";
    /** SCF function names: 2 to 60 characters, a letter first, then letters, digits, - and _. */
    private static final Pattern SCF_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{1,59}");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Z0-9_]+)}|\\{\\{env\\.([A-Z0-9_]+)}}");

    @TempDir
    Path root;
    private Path out;

    @Test
    void theRepositorysDeployFilesAreTheReferenceRendering() throws IOException {
        assertEquals(RenderDeployFiles.referenceServerlessYml(), Files.readString(REPOSITORY.resolve("serverless.yml")),
                "serverless.yml is out of date; regenerate it with: " + REGENERATE);
        assertEquals(RenderDeployFiles.referenceCloudbaseRc(), Files.readString(REPOSITORY.resolve("cloudbaserc.json")),
                "cloudbaserc.json is out of date; regenerate it with: " + REGENERATE);
    }

    @Test
    void onlySettingsSetInTheShellArePassedAndNothingCanBecomeUndefined() throws IOException {
        Map<String, String> shell = shell("dev");
        render(shell);
        List<Path> files = deployFiles();
        assertTrue(files.size() >= 6, files.toString());
        for (Path file : files) {
            String text = Files.readString(file);
            assertFalse(text.contains("undefined"), file.toString());
            Matcher m = ENV_REFERENCE.matcher(text);
            Set<String> referenced = new TreeSet<>();
            while (m.find()) {
                referenced.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            referenced.remove("TCB_ENV_ID");
            Set<String> passable = new TreeSet<>(shell.keySet());
            passable.retainAll(PassedSettings.deployable());
            assertEquals(passable, referenced, file.toString());
            for (String value : List.of("s3cret-password", "0123456789abcdef0123456789abcdef")) {
                assertFalse(text.contains(value), "a secret value is written into " + file);
            }
        }
        assertFalse(PassedSettings.from(Config.of(shell)).names().contains("LIVE_PUSH_KEY"), "LIVE_PUSH_KEY is not set");
    }

    @Test
    void cloudbaseValuesGoOnlyIntoAnOwnerReadableEnvLocal() throws IOException {
        render(shell("dev"));
        Path secrets = out.resolve("cloudbase").resolve(RenderDeployFiles.CLOUDBASE_SECRETS);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
        String text = Files.readString(secrets);
        assertTrue(text.contains("DB_PASSWORD=\"s3cret-password\""), text.replaceAll("=.*", "=…"));
        assertTrue(Files.exists(out.resolve("cloudbase/functions/webrtcroom-enter-room/lib/some.jar")));
        assertTrue(Files.exists(out.resolve("cloudbase/functions/video/io/roomservice/Marker.class")));
    }

    @Test
    void everyNameCarriesTheStageAndStagesNeverShareAFunction() throws IOException {
        Set<String> dev = scfFunctionNames("dev");
        Set<String> prod = scfFunctionNames("prod");
        assertFalse(dev.isEmpty());
        for (String name : dev) {
            assertTrue(name.contains("-dev-"), name);
            assertTrue(SCF_NAME.matcher(name).matches(), name);
        }
        Set<String> both = new HashSet<>(dev);
        both.retainAll(prod);
        assertEquals(Set.of(), both);
    }

    @Test
    void noNamespaceHoldsMoreThanFiftyFunctions() throws IOException {
        render(shell("dev"));
        Map<String, Integer> perNamespace = new HashMap<>();
        for (Path file : serverlessFiles()) {
            JsonNode inputs = yaml(file).get("inputs");
            String namespace = inputs.get("namespace").asText();
            assertTrue(namespace.contains("dev"), namespace);
            assertTrue(namespace.length() <= 30, namespace);
            int functions = inputs.has("functions") ? inputs.get("functions").size() : 1;
            perNamespace.merge(namespace, functions, Integer::sum);
        }
        perNamespace.forEach((namespace, count) ->
                assertTrue(count <= DeployPlan.FUNCTIONS_PER_NAMESPACE, namespace + " holds " + count));
        assertEquals(4, perNamespace.get("room-service-dev"), "the web function and the three timers");
    }

    @Test
    void theWebFunctionIsBehindADeclaredFunctionUrl() throws IOException {
        render(shell("dev"));
        JsonNode inputs = yaml(out.resolve("scf/web/serverless.yml")).get("inputs");
        assertEquals("web", inputs.get("type").asText());
        assertTrue(inputs.get("instanceConcurrencyConfig").get("enable").asBoolean());
        JsonNode url = inputs.get("events").get(0).get("http").get("parameters");
        assertTrue(url.get("netConfig").get("enableExtranet").asBoolean(), url.toString());
        assertEquals("NONE", url.get("authType").asText());
        assertEquals("$DEFAULT", url.get("qualifier").asText());
        Path code = out.resolve("scf/web").resolve(inputs.get("src").get("src").asText()).normalize();
        assertEquals(root.resolve("package"), code);
    }

    /**
     * deploy-facts.md documents JVM flags only through a web function's scf_bootstrap; neither SCF's
     * nor CloudBase's Java runtime is documented to read them from an environment variable
     * (JAVA_TOOL_OPTIONS and the like), so no deploy file passes any: event functions start with
     * the runtime's own flags, and bench's cold-start probe runs them with none.
     */
    @Test
    void jvmFlagsGoOnlyIntoScfBootstrapSinceNoJavaRuntimeIsDocumentedToReadThemFromTheEnvironment() throws IOException {
        render(shell("dev"));
        for (Path file : deployFiles()) {
            String text = Files.readString(file);
            for (String variable : List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_OPTS")) {
                assertFalse(text.contains(variable), file + " passes " + variable);
            }
        }
        String bootstrap = Files.readString(REPOSITORY.resolve("bundle/src/scf/scf_bootstrap"));
        for (String flag : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms16m")) {
            assertTrue(bootstrap.contains(flag), "scf_bootstrap starts the web function with " + flag);
        }
    }

    /** Request functions are sized from the measured peak of one busy instance: at least twice it, not the old 512 MB. */
    @Test
    void requestFunctionsAreSizedFromTheirMeasuredPeakMemory() throws IOException {
        render(shell("dev"));
        JsonNode cloudbase = Json.mapper().readTree(out.resolve("cloudbase/cloudbaserc.json").toFile());
        cloudbase.get("functions").forEach(f -> assertMemoryFromMeasuredPeak(f.get("memorySize").asInt(), f.toString()));
        for (Path file : serverlessFiles()) {
            JsonNode inputs = yaml(file).get("inputs");
            if ("event".equals(inputs.path("type").asText()) && !inputs.has("triggers")) {
                inputs.get("functions").forEach(f -> assertMemoryFromMeasuredPeak(f.get("memorySize").asInt(), file.toString()));
            }
        }
    }

    /** The web function from its measured peak under 16 clients (bench's webload): room for five times it, not the old 1,024 MB. */
    @Test
    void theWebFunctionIsSizedFromItsMeasuredPeakMemory() throws IOException {
        render(shell("dev"));
        int memoryMb = yaml(out.resolve("scf/web/serverless.yml")).get("inputs").get("memorySize").asInt();
        assertTrue(memoryMb >= 5 * DeployPlan.MEASURED_WEB_PEAK_RSS_MB && memoryMb < 1024, memoryMb + " MB");
    }

    private static void assertMemoryFromMeasuredPeak(int memoryMb, String where) {
        assertTrue(memoryMb >= 2 * DeployPlan.MEASURED_EVENT_PEAK_RSS_MB && memoryMb <= 256, memoryMb + " MB in " + where);
    }

    @Test
    void timersAreEventFunctionsWithTimerTriggers() throws IOException {
        render(shell("dev"));
        JsonNode inputs = yaml(out.resolve("scf/timers/serverless.yml")).get("inputs");
        assertEquals("event", inputs.get("type").asText());
        Set<String> triggered = new TreeSet<>();
        inputs.get("triggers").forEach(t -> {
            assertEquals("timer", t.get("type").asText());
            assertEquals(Routes.byFunction(t.get("function").asText()).orElseThrow().timerCron().orElseThrow(),
                    t.get("parameters").get("cronExpression").asText());
            triggered.add(t.get("function").asText());
        });
        assertEquals(Set.of("apaas-rooms-sweeper", "roomservice-sweeper", "webhook-sender"), triggered);
    }

    @Test
    void everyHandlerStringNamesARealClassAndMethod() throws Exception {
        render(shell("dev"));
        int checked = 0;
        for (Path file : serverlessFiles()) {
            JsonNode functions = yaml(file).get("inputs").get("functions");
            if (functions == null) {
                continue;
            }
            for (JsonNode f : functions) {
                assertHandler(f.get("handler").asText(), String.class);
                checked++;
            }
        }
        for (JsonNode f : Json.mapper().readTree(out.resolve("cloudbase/cloudbaserc.json").toFile()).get("functions")) {
            assertHandler(f.get("handler").asText(), Map.class);
            assertEquals("Java11", f.get("runtime").asText());
            int timeout = f.get("timeout").asInt();
            int memory = f.get("memorySize").asInt();
            assertTrue(timeout >= CloudbaseRc.MIN_TIMEOUT_SECONDS && timeout <= CloudbaseRc.MAX_TIMEOUT_SECONDS);
            assertTrue(memory >= CloudbaseRc.MIN_MEMORY_MB && memory <= CloudbaseRc.MAX_MEMORY_MB);
            checked++;
        }
        assertTrue(checked > 40, "checked " + checked);
    }

    @Test
    void theMiniProgramFunctionsKeepTheNamesTheClientsCall() throws IOException {
        render(shell("dev"));
        Set<String> names = new TreeSet<>();
        Json.mapper().readTree(out.resolve("cloudbase/cloudbaserc.json").toFile()).get("functions")
                .forEach(f -> names.add(f.get("name").asText()));
        Set<String> expected = Routes.all().stream().filter(r -> r.family() == Routes.Family.VIDEO)
                .map(Routes.Route::function).collect(Collectors.toCollection(TreeSet::new));
        expected.add("video");
        assertEquals(expected, names);
    }

    @Test
    void everyFunctionModuleIsInTheListOfFunctionsAndTheMavenBuild() throws IOException {
        Set<String> folders;
        try (Stream<Path> dirs = Files.list(REPOSITORY.resolve("functions"))) {
            folders = dirs.filter(d -> Files.exists(d.resolve("pom.xml")))
                    .map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = Routes.all().stream().map(Routes.Route::function).collect(Collectors.toCollection(TreeSet::new));
        listed.add("router");
        assertEquals(listed, folders, "functions/<action> folders and Routes");
        Set<String> modules = new TreeSet<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(REPOSITORY.resolve("functions/pom.xml")));
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertEquals(listed, modules, "functions/pom.xml modules and Routes");
        Set<String> dispatchedTo = new TreeSet<>();
        Matcher d = Pattern.compile("<groupId>io\\.roomservice</groupId>\\s*<artifactId>([^<]+)</artifactId>")
                .matcher(Files.readString(REPOSITORY.resolve("functions/router/pom.xml")));
        while (d.find()) {
            dispatchedTo.add(d.group(1));
        }
        dispatchedTo.remove("functions");
        dispatchedTo.add("router");
        assertEquals(listed, dispatchedTo, "the router and the modules functions/router/pom.xml depends on (its parent aside) and Routes");
    }

    @Test
    void aBadStageOrAHalfVpcIsRefusedBeforeAnythingIsWritten() {
        Map<String, String> shell = new HashMap<>(shell("dev"));
        shell.put("STAGE", "Prod_1");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DeployTarget.from(Config.of(shell)));
        assertTrue(e.getMessage().contains("STAGE"), e.getMessage());
        shell.put("STAGE", "prod");
        shell.remove("SUBNET_ID");
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> DeployTarget.from(Config.of(shell)));
        assertTrue(e.getMessage().contains("SUBNET_ID"), e.getMessage());
    }

    private static void assertHandler(String handler, Class<?> returnType) throws Exception {
        String[] parts = handler.split("::");
        assertEquals(2, parts.length, handler);
        Class<?> type = Class.forName(parts[0]);
        Method method = type.getMethod(parts[1], Map.class, Context.class);
        assertEquals(returnType, method.getReturnType(), handler);
        assertTrue(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()), handler);
        type.getConstructor();
    }

    private Set<String> scfFunctionNames(String stage) throws IOException {
        render(shell(stage));
        Set<String> names = new TreeSet<>();
        for (Path file : serverlessFiles()) {
            JsonNode inputs = yaml(file).get("inputs");
            if (inputs.has("functions")) {
                inputs.get("functions").forEach(f -> names.add(f.get("name").asText()));
            } else {
                names.add(inputs.get("name").asText());
            }
        }
        return names;
    }

    private static Map<String, String> shell(String stage) {
        Map<String, String> shell = new HashMap<>();
        shell.put("STAGE", stage);
        shell.put("DB_URL", "jdbc:mysql://10.0.0.5:3306/roomservice");
        shell.put("DB_USER", "roomservice");
        shell.put("DB_PASSWORD", "s3cret-password");
        shell.put("REDIS_URL", "redis://10.0.0.6:6379");
        shell.put("TOKEN_SECRET", "0123456789abcdef0123456789abcdef");
        shell.put("VPC_ID", "vpc-abc");
        shell.put("SUBNET_ID", "subnet-abc");
        shell.put("PATH", "/usr/bin");
        return shell;
    }

    private void render(Map<String, String> shell) throws IOException {
        out = root.resolve("tencent");
        Path code = root.resolve("package");
        Files.createDirectories(code.resolve("lib"));
        Files.createDirectories(code.resolve("io/roomservice"));
        Files.writeString(code.resolve("lib/some.jar"), "jar");
        Files.writeString(code.resolve("io/roomservice/Marker.class"), "class");
        Config config = Config.of(shell);
        RenderDeployFiles.render(out, code, DeployTarget.from(config), config);
    }

    private List<Path> deployFiles() throws IOException {
        List<Path> files = new ArrayList<>(serverlessFiles());
        files.add(out.resolve("cloudbase/cloudbaserc.json"));
        return files;
    }

    private List<Path> serverlessFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.getFileName().toString().equals("serverless.yml")).sorted().collect(Collectors.toList());
        }
    }

    private static JsonNode yaml(Path file) throws IOException {
        return ServerlessYaml.YAML.readTree(file.toFile());
    }
}

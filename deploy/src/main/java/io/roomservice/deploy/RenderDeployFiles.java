package io.roomservice.deploy;

import io.roomservice.config.Config;
import io.roomservice.config.ConfigException;
import io.roomservice.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the deploy files. {@code mvn package} runs it as
 * {@code RenderDeployFiles <output folder> <code package folder>}: every deploy unit for the
 * shell's STAGE, REGION, VPC and settings, under deploy/target/tencent. With
 * {@code --reference <repository>} it rewrites the repository's own serverless.yml and
 * cloudbaserc.json: the web function and the mini-program functions of stage dev with the
 * typical settings, which a test keeps equal to this rendering.
 */
public final class RenderDeployFiles {

    static final String SERVERLESS_YML = "serverless.yml";
    static final String CLOUDBASE_RC = "cloudbaserc.json";
    static final String CLOUDBASE_SECRETS = ".env.local";
    static final String REFERENCE_CODE_PACKAGE = "./bundle/target/scf";
    static final String REFERENCE_FUNCTION_ROOT = "./deploy/target/tencent/cloudbase/functions";

    private RenderDeployFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--reference")) {
            Path repository = Path.of(args[1]).toAbsolutePath().normalize();
            Files.writeString(repository.resolve(SERVERLESS_YML), referenceServerlessYml());
            Files.writeString(repository.resolve(CLOUDBASE_RC), referenceCloudbaseRc());
            System.out.println("wrote " + repository.resolve(SERVERLESS_YML) + " and " + repository.resolve(CLOUDBASE_RC));
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: RenderDeployFiles <output folder> <code package folder> | --reference <repository>");
            System.exit(2);
        }
        Config shell = Config.fromEnvironment();
        DeployTarget target;
        try {
            target = DeployTarget.from(shell);
        } catch (IllegalArgumentException e) {
            System.err.println("deploy files not rendered: " + e.getMessage());
            System.exit(1);
            return;
        }
        render(Path.of(args[0]), Path.of(args[1]), target, shell).forEach(System.out::println);
    }

    static String referenceServerlessYml() {
        DeployPlan plan = new DeployPlan(DeployTarget.DEFAULT_STAGE);
        return "# The web function of stage dev with the typical settings, as `mvn package` renders it.\n"
                + "# Deploy from deploy/target/tencent instead: rendered there for your shell (docs/deploy.md).\n"
                + ServerlessYaml.render(plan.web(), DeployTarget.reference(), PassedSettings.typical(), REFERENCE_CODE_PACKAGE);
    }

    static String referenceCloudbaseRc() {
        DeployPlan plan = new DeployPlan(DeployTarget.DEFAULT_STAGE);
        return CloudbaseRc.render(plan.cloudbase(), DeployTarget.reference(), PassedSettings.typical(), REFERENCE_FUNCTION_ROOT);
    }

    /** Renders every unit into {@code out} (emptied first); returns the report, one line each, with no values. */
    static List<String> render(Path out, Path codePackage, DeployTarget target, Config shell) throws IOException {
        Path output = out.toAbsolutePath().normalize();
        Path code = codePackage.toAbsolutePath().normalize();
        deleteRecursively(output);
        PassedSettings settings = PassedSettings.from(shell);
        DeployPlan plan = new DeployPlan(target.stage());
        List<String> report = new ArrayList<>();
        for (DeployUnit unit : plan.units()) {
            Path folder = output.resolve(unit.directory());
            Files.createDirectories(folder);
            if (unit.kind() == DeployUnit.Kind.CLOUDBASE) {
                Files.writeString(folder.resolve(CLOUDBASE_RC), CloudbaseRc.render(unit, target, settings, "./functions"));
                writeSecrets(folder.resolve(CLOUDBASE_SECRETS), settings, shell);
                for (DeployedFunction f : unit.functions()) {
                    linkTree(code, folder.resolve("functions").resolve(f.name()));
                }
            } else {
                String relativeCode = folder.relativize(code).toString();
                Files.writeString(folder.resolve(SERVERLESS_YML), ServerlessYaml.render(unit, target, settings, relativeCode));
            }
            report.add("deploy unit " + unit.directory() + ": " + unit.functions().size() + " function(s)"
                    + (unit.namespace().isEmpty() ? "" : " in namespace " + unit.namespace())
                    + (unit.optional() ? " (optional)" : ""));
        }
        report.add("settings passed by name: " + String.join(", ", settings.names()));
        try {
            Settings.load(shell);
        } catch (ConfigException e) {
            report.add("warning: with the settings of this shell the functions will not start: " + e.getMessage());
        }
        return report;
    }

    /** CloudBase reads {{env.X}} from .env.local: the values, readable by the owner only, never in the repository. */
    private static void writeSecrets(Path file, PassedSettings settings, Config shell) throws IOException {
        StringBuilder text = new StringBuilder("# Values of the settings cloudbaserc.json passes; written by mvn package. Keep private.\n");
        for (String name : settings.names()) {
            String value = shell.get(name).orElseThrow();
            if (value.contains("\"") || value.contains("\n")) {
                throw new IllegalArgumentException(name + " holds a double quote or a line break, which .env.local cannot carry");
            }
            text.append(name).append("=\"").append(value).append("\"\n");
        }
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The code package under a function folder: hard links where the file system allows, copies elsewhere. */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, source);
                    } catch (UnsupportedOperationException | IOException e) {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

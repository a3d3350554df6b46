package io.roomservice.bench;

import io.roomservice.embedded.EmbeddedInfra;
import io.roomservice.gateway.LocalGateway;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up figures, each the median of a few fresh processes on the code package
 * (bundle/target/scf), against the gateway's embedded MariaDB over plain TCP and against a
 * second one that offers TLS as production servers do (the driver then negotiates TLS):
 * one event function to its first database answer ({@link ColdStartProbe}, run with the JVM
 * flags the deploy files give event functions: none), a signing-only function (no database),
 * and the web function through its own scf_bootstrap ({@link WebFunctionStart}).
 */
final class ColdStartBench {

    /** A fresh TLS-offering database is migrated by its first probe; a busy machine may need another try. */
    private static final int MIGRATING_TRIES = 3;

    private ColdStartBench() {
    }

    static void run(LocalGateway gateway, int runs, boolean eventFunctions, boolean webFunction, String before) throws Exception {
        Path scf = WebFunctionStart.packageRoot();
        if (scf == null) {
            System.out.println("cold start: skipped (run `mvn package` first: bundle/target/scf is missing)");
            return;
        }
        // BENCH_COLDSTART_BEFORE=<dir>[,<dir>...]: copies of the code package before a change, measured run by run beside this one.
        List<Package> packages = new ArrayList<>();
        for (String dir : before.isBlank() ? new String[0] : before.split(",")) {
            packages.add(new Package(" [" + dir.trim() + "]", Path.of(dir.trim())));
        }
        packages.add(new Package(packages.isEmpty() ? "" : " [this]", scf));
        var db = gateway.app().settings().database();
        Target plain = new Target("plain TCP", db.jdbcUrl(), db.user(), db.password());
        if (eventFunctions) {
            probeFigure(plain, "event function", "", packages, gateway, runs);
            probeFigure(plain, "signing-only function", ColdStartProbe.SIGNING_ONLY, packages, gateway, runs);
        }
        if (webFunction) {
            WebFunctionStart.run(gateway, runs, packages, plain);
        }
        try (EmbeddedInfra tlsInfra = EmbeddedInfra.startOfferingTls()) {
            Target tls = new Target("a TLS-offering server", tlsInfra.jdbcUrl(EmbeddedInfra.DATABASE),
                    tlsInfra.dbUser(), tlsInfra.dbPassword());
            System.out.println("TLS-offering MariaDB: the driver's session cipher is " + cipher(tls));
            migrate(tls, scf, gateway);
            if (eventFunctions) {
                probeFigure(tls, "event function", "", packages, gateway, runs);
            }
            if (webFunction) {
                WebFunctionStart.run(gateway, runs, packages, tls);
            }
        }
    }

    /** A code package to start, and how its figures are labelled. */
    record Package(String label, Path root) {
    }

    /** Where a started function finds MySQL. */
    record Target(String label, String jdbcUrl, String user, String password) {
    }

    private static String cipher(Target tls) throws Exception {
        try (Connection c = DriverManager.getConnection(tls.jdbcUrl(), tls.user(), tls.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) {
            return rs.next() ? rs.getString(2) : "none";
        }
    }

    /** The fresh database's schema, by one probe that is not measured. */
    private static void migrate(Target target, Path scf, LocalGateway gateway) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                runProbe(scf, gateway, target, "");
                return;
            } catch (IllegalStateException notYet) {
                if (attempt == MIGRATING_TRIES) {
                    throw notYet;
                }
            }
        }
    }

    private static void probeFigure(Target target, String what, String probeArg, List<Package> packages, LocalGateway gateway,
                                    int runs) throws Exception {
        List<List<double[]>> results = new ArrayList<>();
        for (Package ignored : packages) {
            results.add(new ArrayList<>());
        }
        // Interleaved run by run, so that a busy machine's load falls on every package alike.
        for (int run = 1; run <= runs; run++) {
            for (int i = 0; i < packages.size(); i++) {
                double[] probe = runProbeOnceMore(packages.get(i).root(), gateway, target, probeArg);
                results.get(i).add(probe);
                System.out.printf("run %d (%s, %s%s): cold start %.0f ms to the first answer (%.0f ms CPU), peak RSS %.0f MB, %.0f classes%n",
                        run, what, target.label(), packages.get(i).label(), probe[0], probe[3], probe[1], probe[2]);
            }
        }
        for (int i = 0; i < packages.size(); i++) {
            List<double[]> r = results.get(i);
            System.out.printf("RESULT cold start of one %s against %s%s (JVM start to first answer): median %.0f ms (%.0f ms CPU),"
                            + " peak RSS %.0f MB, %.0f classes loaded%s%n", what, target.label(), packages.get(i).label(),
                    median(r, 0), median(r, 3), median(r, 1), median(r, 2),
                    probeArg.isEmpty() ? " (target <= 400 ms against a TLS-offering server, <= 80 MB)" : "");
        }
    }

    /**
     * A probe that did not answer a success is started once more, the failure printed: on a machine
     * loaded far beyond its cores the first connection can outlast the 3 s connection wait.
     */
    private static double[] runProbeOnceMore(Path scf, LocalGateway gateway, Target target, String probeArg) throws Exception {
        try {
            return runProbe(scf, gateway, target, probeArg);
        } catch (IllegalStateException failed) {
            System.out.println("run failed, started once more: " + failed.getMessage());
            return runProbe(scf, gateway, target, probeArg);
        }
    }

    /** One fresh JVM on the code package answering one call: milliseconds to the answer, peak RSS in MB, classes loaded. */
    private static double[] runProbe(Path scf, LocalGateway gateway, Target target, String probeArg) throws Exception {
        return runProbe(scf, gateway, target, probeArg, List.of());
    }

    /**
     * BENCH_SCENARIOS=coldflags: the event-function probe against plain TCP (BENCH_COLDSTART_TLS=true: a
     * TLS-offering server; BENCH_COLDSTART_CALLS=N: N answers per process, for the peak memory of one
     * busy instance) with each set of JVM
     * flags in BENCH_COLDSTART_FLAGS ('|' between sets, spaces within one; an empty set is the
     * deploy's; a set may start with @dir, the code package to run instead of bundle/target/scf), the sets interleaved run by run so that a busy machine's load falls on all alike.
     */
    static void tryFlags(LocalGateway gateway, int runs, String flagSets, boolean offeringTls, int calls) throws Exception {
        String probeArg = calls > 1 ? ColdStartProbe.CALLS + calls : "";
        if (!offeringTls) {
            var db = gateway.app().settings().database();
            tryFlags(gateway, runs, flagSets, new Target("plain TCP", db.jdbcUrl(), db.user(), db.password()), probeArg);
            return;
        }
        try (EmbeddedInfra tlsInfra = EmbeddedInfra.startOfferingTls()) {
            Target tls = new Target("a TLS-offering server", tlsInfra.jdbcUrl(EmbeddedInfra.DATABASE),
                    tlsInfra.dbUser(), tlsInfra.dbPassword());
            migrate(tls, WebFunctionStart.packageRoot(), gateway);
            tryFlags(gateway, runs, flagSets, tls, probeArg);
        }
    }

    private static void tryFlags(LocalGateway gateway, int runs, String flagSets, Target plain, String probeArg)
            throws Exception {
        Path scf = WebFunctionStart.packageRoot();
        String[] sets = flagSets.split("\\|", -1);
        List<List<double[]>> results = new ArrayList<>();
        for (String ignored : sets) {
            results.add(new ArrayList<>());
        }
        for (int run = 1; run <= runs; run++) {
            for (int i = 0; i < sets.length; i++) {
                List<String> flags = new ArrayList<>(sets[i].isBlank() ? List.of() : List.of(sets[i].trim().split("\\s+")));
                // "@<dir>" first in a set: another code package (e.g. a copy of the one before a change).
                Path root = !flags.isEmpty() && flags.get(0).startsWith("@") ? Path.of(flags.remove(0).substring(1)) : scf;
                results.get(i).add(runProbe(root, gateway, plain, probeArg, flags));
            }
        }
        for (int i = 0; i < sets.length; i++) {
            List<double[]> r = results.get(i);
            System.out.printf("RESULT %s%s, flags [%s]: median %.0f ms wall, %.0f ms CPU, peak RSS %.0f MB, %.0f classes%n", plain.label(), probeArg.isEmpty() ? "" : " (" + probeArg + ")", sets[i].trim(),
                    median(r, 0), median(r, 3), median(r, 1), median(r, 2));
        }
    }

    static double median(List<double[]> rows, int column) {
        List<Double> values = new ArrayList<>();
        for (double[] row : rows) {
            values.add(row[column]);
        }
        return Benchmark.median(values);
    }

    private static double[] runProbe(Path scf, LocalGateway gateway, Target target, String probeArg, List<String> jvmFlags)
            throws Exception {
        String probeClasses = new File(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var settings = gateway.app().settings();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp",
                scf + File.pathSeparator + scf.resolve("lib") + File.separator + "*" + File.pathSeparator + probeClasses,
                "io.roomservice.bench.ColdStartProbe"));
        if (!probeArg.isEmpty()) {
            command.add(probeArg);
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("DB_URL", target.jdbcUrl());
        pb.environment().put("DB_USER", target.user());
        pb.environment().put("DB_PASSWORD", target.password());
        pb.environment().put("REDIS_URL", "redis://" + settings.redis().host() + ":" + settings.redis().port());
        pb.environment().put("TOKEN_SECRET", settings.tokenSecret());
        pb.environment().put("TRTC_SDK_APP_ID", Long.toString(settings.trtc().sdkAppId()));
        pb.environment().put("TRTC_SECRET_KEY", settings.trtc().secretKey());
        pb.redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        double answeredAt = -1;
        long peak = -1;
        long classes = -1;
        long cpu = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ANSWER ") && answeredAt < 0) {
                    answeredAt = (System.nanoTime() - t0) / 1e6;
                    if (!line.contains("\"code\":0")) {
                        throw new IllegalStateException("cold start answer was not a success: " + line);
                    }
                } else if (line.startsWith("PEAK_RSS_KB ")) {
                    peak = Long.parseLong(line.substring("PEAK_RSS_KB ".length()).trim());
                } else if (line.startsWith("CPU_MS ")) {
                    cpu = Long.parseLong(line.substring("CPU_MS ".length()).trim());
                } else if (line.startsWith("CLASSES ")) {
                    classes = Long.parseLong(line.substring("CLASSES ".length()).trim());
                }
            }
        } finally {
            p.destroy();
            p.waitFor();
        }
        return new double[] {answeredAt, peak / 1024.0, classes, cpu};
    }
}

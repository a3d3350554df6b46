package io.roomservice.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.SettingsCatalogue;
import io.roomservice.functions.router.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip against Tencent's rules for a code package and a web function (spec/deploy-facts.md). */
class CodePackageIT {

    private static final long MB = 1024 * 1024;
    private static final int JAVA_11_MAJOR = 55;
    private static final String WEB_CLASSES = "web/roomservice.jar";

    @Test
    void scfBootstrapIsAnExecutableBashScriptThatStartsTheWebFunction() throws IOException {
        try (FileSystem zip = CodePackage.open()) {
            Path bootstrap = zip.getPath("/scf_bootstrap");
            assertTrue(Files.isRegularFile(bootstrap), "scf_bootstrap at the zip root");
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(CodePackage.permissions(bootstrap)));
            String text = new String(Files.readAllBytes(bootstrap), StandardCharsets.UTF_8);
            assertFalse(text.contains("\r"), "LF line endings only");
            assertTrue(text.startsWith("#!/bin/bash\n"), text);
            assertTrue(text.contains("java=\"${ROOMSERVICE_JAVA:-/var/lang/java11/bin/java}\""), text);
            assertTrue(text.contains("exec \"$java\""), text);
            assertTrue(text.contains("${CDS_DUMP_AFTER_SECONDS:-" + SettingsCatalogue.DEFAULT_CDS_DUMP_AFTER_SECONDS + "}"),
                    "scf_bootstrap's default is the catalogue's: " + text);
            assertTrue(text.contains("io.roomservice.web.WebFunction"), text);
        }
    }

    @Test
    void ourClassesAreAtTheRootAndOnlyThirdPartyJarsInLib() throws IOException {
        List<String> names = entryNames();
        assertTrue(names.contains("io/roomservice/web/WebFunction.class"), "web at the root");
        assertTrue(names.contains("io/roomservice/functions/router/Router.class"), "router at the root");
        assertTrue(names.contains("io/roomservice/app/App.class"), "shared at the root");
        assertTrue(names.contains("io/roomservice/functions/WebrtcroomEnterRoom.class"), "function modules at the root");
        List<String> libFiles = names.stream().filter(n -> n.startsWith("lib/") && !n.endsWith("/")).collect(Collectors.toList());
        assertFalse(libFiles.isEmpty());
        for (String lib : libFiles) {
            assertTrue(lib.endsWith(".jar") && lib.indexOf('/', 4) < 0, "only jars directly under lib/: " + lib);
            assertFalse(containsOurClasses(lib), lib + " holds io.roomservice classes; they belong at the root");
        }
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".jar") && !n.startsWith("lib/") && !n.equals(WEB_CLASSES)),
                "jars only under lib/, and the web function's " + WEB_CLASSES);
    }

    /** The web function starts from jars only (scf_bootstrap): web/roomservice.jar holds exactly the root's classes. */
    @Test
    void theWebFunctionsJarHoldsExactlyTheRootsClasses() throws IOException {
        TreeSet<String> atRoot = entryNames().stream()
                .filter(n -> n.endsWith(".class") && !n.contains("/lib/") && !n.startsWith("lib/"))
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> inJar = new TreeSet<>();
        try (ZipFile zip = new ZipFile(CodePackage.zip().toFile());
                ZipInputStream jar = new ZipInputStream(zip.getInputStream(zip.getEntry(WEB_CLASSES)))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    inJar.add(e.getName());
                }
            }
        }
        assertTrue(atRoot.size() > 100, "classes at the root: " + atRoot.size());
        assertEquals(atRoot, inJar);
    }

    /** serverless.yml uploads the directory, a console upload the zip: the same files, nothing left from an older build. */
    @Test
    void theDirectoryTheDeployFilesUploadHoldsExactlyTheZipsFiles() throws IOException {
        Path directory = Path.of(System.getProperty("basedir", ".")).resolve("target/scf");
        TreeSet<String> inDirectory = new TreeSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile).forEach(f -> inDirectory.add(directory.relativize(f).toString()));
        }
        TreeSet<String> inZip = entryNames().stream().filter(n -> !n.endsWith("/")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inZip, inDirectory);
    }

    @Test
    void thePackageFitsTheUploadLimits() throws IOException {
        assertTrue(Files.size(CodePackage.zip()) < 50 * MB, "direct upload limit 50 MB");
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(CodePackage.zip().toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                unpacked += e.nextElement().getSize();
            }
        }
        assertTrue(unpacked < 500 * MB, "unpacked limit 500 MB: " + unpacked);
    }

    @Test
    void ourClassesRunOnJava11() throws IOException {
        List<String> tooNew = new ArrayList<>();
        int checked = 0;
        try (ZipFile zip = new ZipFile(CodePackage.zip().toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("io/roomservice/") && entry.getName().endsWith(".class")) {
                    checked++;
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] header = in.readNBytes(8);
                        int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
                        if (major > JAVA_11_MAJOR) {
                            tooNew.add(entry.getName() + " (major " + major + ")");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "our classes found: " + checked);
        assertEquals(List.of(), tooNew, "class files newer than Java 11");
    }

    /** Every handler string of the deploy files and of the route list loads from the unpacked layout alone. */
    @Test
    void everyEventHandlerLoadsFromThePackageLayout(@TempDir Path dir) throws Exception {
        Path root = CodePackage.unpack(dir);
        List<URL> classPath = new ArrayList<>();
        classPath.add(root.toUri().toURL());
        try (Stream<Path> jars = Files.list(root.resolve("lib"))) {
            for (Path jar : (Iterable<Path>) jars::iterator) {
                classPath.add(jar.toUri().toURL());
            }
        }
        TreeSet<String> handlers = handlerStrings();
        assertTrue(handlers.size() > 40, handlers.toString());
        try (URLClassLoader scf = new URLClassLoader(classPath.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            for (String handler : handlers) {
                String[] classAndMethod = handler.split("::");
                Class<?> type = Class.forName(classAndMethod[0], false, scf);
                assertEquals(scf, type.getClassLoader(), handler + " comes from the package, not the test class path");
                Method method = type.getMethod(classAndMethod[1], Map.class, scf.loadClass("com.qcloud.scf.runtime.Context"));
                assertTrue(Modifier.isPublic(method.getModifiers()), handler);
                assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), handler + " has SCF's no-argument constructor");
            }
        }
    }

    /** The handler strings of the repository's deploy files, and those the route list implies. */
    private static TreeSet<String> handlerStrings() throws IOException {
        TreeSet<String> handlers = new TreeSet<>();
        Routes.all().forEach(r -> handlers.add(r.handler().getName() + "::handle"));
        Routes.all().forEach(r -> handlers.add(r.handler().getName() + "::invoke"));
        Routes.DISPATCHERS.values().forEach(c -> handlers.add(c.getName() + "::handle"));
        Path repository = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        Pattern handler = Pattern.compile("\"?handler\"?\\s*:\\s*['\"]?([\\w.$]+::\\w+)");
        for (String file : List.of("serverless.yml", "cloudbaserc.json")) {
            Matcher m = handler.matcher(Files.readString(repository.resolve(file)));
            while (m.find()) {
                handlers.add(m.group(1));
            }
        }
        return handlers;
    }

    private static List<String> entryNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(CodePackage.zip().toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }

    private static boolean containsOurClasses(String libEntry) throws IOException {
        try (ZipFile zip = new ZipFile(CodePackage.zip().toFile());
                ZipInputStream jar = new ZipInputStream(zip.getInputStream(zip.getEntry(libEntry)))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                if (e.getName().startsWith("io/roomservice/")) {
                    return true;
                }
            }
        }
        return false;
    }
}

package io.roomservice.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No code reads a setting that the catalogue (and so the configuration reference) does not list. */
class CatalogueCoverageTest {

    /** A read by name: config.get("X"), config.required("X", ...), has("X"), settings.integer("X", ...), ... */
    private static final Pattern READ_BY_NAME = Pattern.compile(
            "\\.(get|required|has|integer|seconds|number|text|flag|list|given|isSet)\\(\\s*\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"");
    /** Any text that looks like a setting name: catches a name kept in a variable before it is read. */
    private static final Pattern SETTING_LIKE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"");
    /** Upper-case literals in shared that are not settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("TRANSACTION_READ_COMMITTED");

    @Test
    void theScannerSeesAReadOfAnUncataloguedName() {
        assertEquals(Set.of("NEW_THING"), uncatalogued(READ_BY_NAME, "String x = config.get(\"NEW_THING\").orElse(\"\");"));
        assertEquals(Set.of("NEW_LIMIT"), uncatalogued(READ_BY_NAME, "settings.integer( \"NEW_LIMIT\", 2, 1, 9)"));
        assertEquals(Set.of(), uncatalogued(READ_BY_NAME, "config.get(\"DB_URL\")"));
    }

    @Test
    void everyNameReadAnywhereIsCatalogued() {
        Set<String> missing = new TreeSet<>();
        for (Path file : javaSources(repository().resolve("shared/src/main/java"), repository().resolve("gateway/src/main/java"),
                repository().resolve("functions"))) {
            missing.addAll(uncatalogued(READ_BY_NAME, read(file)));
        }
        assertEquals(Set.of(), missing, "read but not in SettingsCatalogue: add them there (and regenerate docs/configuration.md)");
    }

    @Test
    void everySettingLikeTextInSharedIsCatalogued() {
        Set<String> missing = new TreeSet<>();
        for (Path file : javaSources(repository().resolve("shared/src/main/java"))) {
            missing.addAll(uncatalogued(SETTING_LIKE_LITERAL, read(file)));
        }
        missing.removeAll(NOT_SETTINGS);
        assertEquals(Set.of(), missing, "setting-like names in shared/src/main/java that SettingsCatalogue does not list");
    }

    private static Set<String> uncatalogued(Pattern pattern, String source) {
        Set<String> names = new TreeSet<>();
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            String name = m.group(m.groupCount());
            if (SettingsCatalogue.byName(name).isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("shared/src/main/java"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "the repository's top folder is above " + Path.of("").toAbsolutePath());
        return dir;
    }

    private static List<Path> javaSources(Path... roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                files.addAll(walk.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.toString().contains("/src/test/"))
                        .collect(Collectors.toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(files.size() > 50, "too few sources found: " + files.size());
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

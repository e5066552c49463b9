package org.assay.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A rules directory of its own holding a copy of bih-nato that tests edit while the service watches it.
 */
public class ReloadProfile implements QuarkusTestProfile {
    static final Path RULES = Path.of("target/test-rules-reload");
    static final Path PACK = RULES.resolve("bih-nato");

    @Override
    public Map<String, String> getConfigOverrides() {
        restore();
        return Map.of("assay.rules.dir", RULES.toString());
    }

    /** Puts the pristine bih-nato back, and nothing else. */
    static void restore() {
        try {
            if (Files.exists(PACK)) {
                try (Stream<Path> old = Files.walk(PACK)) {
                    for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BrokenPackProfile.copy(Path.of("rules/bih-nato"), PACK);
    }
}

package org.assay.engine;

import org.assay.engine.evaluation.Evaluator;
import org.assay.engine.evaluation.Watchdog;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackLoader;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** The fixture packs under src/test/resources/packs, each named after what it tests, and an evaluator for them. */
public final class TestPacks {
    public static final Path DIR = Path.of("src/test/resources/packs");
    private static final Watchdog WATCHDOG = new Watchdog("test-watchdog");

    private TestPacks() {
    }

    public static Pack load(String name) throws PackException {
        return load(DIR.resolve(name));
    }

    public static Pack load(Path dir) throws PackException {
        return new PackLoader(new ObjectMapper()).load(dir);
    }

    public static Evaluator evaluator() {
        return new Evaluator(WATCHDOG, 10_000, Duration.ofSeconds(5));
    }

    /** A copy of a pack folder in {@code into}, under the pack's own name, for a test to change. */
    public static Path copy(Path pack, Path into) throws IOException {
        Path copy = into.resolve(pack.getFileName().toString());
        try (Stream<Path> files = Files.walk(pack)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(pack.relativize(file).toString()));
            }
        }
        return copy;
    }

    /** Replaces text in a file of a copied pack; the text must be there. */
    public static void edit(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        if (!content.contains(text)) {
            throw new IllegalArgumentException(file + " does not contain " + text);
        }
        Files.writeString(file, content.replace(text, replacement));
    }
}

package org.assay.engine.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The escape attempts in src/test/resources/escapes, each named after its trick, and what none of them may leave behind. */
public final class EscapeCorpus {
    public static final Path DIR = Path.of("src/test/resources/escapes");
    /** What the escapes try to create; it must not exist after any attempt. */
    public static final Path MARKER = Path.of("/tmp/assay-escaped");

    private EscapeCorpus() {
    }

    public static Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList().stream();
        }
    }

    public static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No file, system property or thread that an escape would have made. */
    public static void assertNothingEscaped(String escape) {
        assertFalse(Files.exists(MARKER), escape + " left " + MARKER);
        assertNull(System.getProperty("assay.escaped"), escape + " set a system property");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("assay-escape")), escape + " started a thread");
    }
}

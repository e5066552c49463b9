package org.assay.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The citations analysts see name public sources only, never a file that exists beside the repository
 * and not in it (such as a stored copy under {@code shared/}).
 */
class PackSourcesTest {

    @Test
    void noPackFileNamesAFileOutsideTheRepository() throws IOException {
        List<String> outside;
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            outside = files.filter(Files::isRegularFile).flatMap(PackSourcesTest::lines)
                    .filter(line -> line.contains("shared/") || line.contains("stored copy") || line.contains("/work/"))
                    .toList();
        }
        assertEquals(List.of(), outside);
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(line -> file + ": " + line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

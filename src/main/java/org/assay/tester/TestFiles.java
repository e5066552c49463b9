package org.assay.tester;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a pack's {@code tests} folder: the scenario tests ({@code *.json}, named after their file) and
 * the properties ({@code properties.yaml}). A file that does not parse is reported, never skipped.
 */
public final class TestFiles {
    static final String DIR = "tests";
    static final String PROPERTIES = "properties.yaml";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A folder's tests, and for each file that cannot be read, its name and why. */
    public record Tests(List<PackTest> tests, List<Unreadable> unreadable) {
    }

    public record Unreadable(String name, String problem) {
    }

    /** A folder's properties, or why {@code properties.yaml} cannot be read (then the list is empty). */
    public record Properties(List<Property> properties, String problem) {
    }

    private record PropertyFile(List<Property> properties) {
    }

    private TestFiles() {
    }

    public static Tests tests(Path packDir) throws IOException {
        List<PackTest> tests = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        Path dir = packDir.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return new Tests(tests, unreadable);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            try {
                JsonNode node = JSON.readTree(file.toFile());
                if (!(node instanceof ObjectNode test)) {
                    throw new IOException("expected an object with note, facts or changes, expect and absent");
                }
                test.put("name", name);
                tests.add(JSON.treeToValue(test, PackTest.class));
            } catch (IOException e) {
                unreadable.add(new Unreadable(name, problem(file, e)));
            }
        }
        return new Tests(tests, unreadable);
    }

    public static Properties properties(Path packDir) {
        Path file = packDir.resolve(DIR).resolve(PROPERTIES);
        if (!Files.isRegularFile(file)) {
            return new Properties(List.of(), null);
        }
        try {
            PropertyFile read = YAML.readValue(file.toFile(), PropertyFile.class);
            return new Properties(read == null || read.properties() == null ? List.of() : List.copyOf(read.properties()), null);
        } catch (IOException e) {
            return new Properties(List.of(), problem(file, e));
        }
    }

    /** As {@code file:line:column message}, the way compile problems read. */
    private static String problem(Path file, IOException e) {
        if (e instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return file + ":" + Math.max(parse.getLocation().getLineNr(), 0) + ":" + Math.max(parse.getLocation().getColumnNr(), 0)
                    + " " + parse.getOriginalMessage();
        }
        return file + ":0:0 cannot read: " + e.getMessage();
    }
}

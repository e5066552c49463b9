package org.assay.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a pack folder: {@code pack.yaml}, the {@code *.drl} files beside it, and {@code baseline.json}. */
public final class PackReader {
    static final String MANIFEST = "pack.yaml";
    static final String BASELINE = "baseline.json";
    static final String SCENARIOS = "scenarios";
    private static final int VERSION_HEX_DIGITS = 12;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ObjectMapper json;
    private final ObjectReader scenarioReader;

    public PackReader(ObjectMapper json) {
        this.json = json;
        this.scenarioReader = json.readerFor(ScenarioFile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Whether a folder is a pack: it holds a {@code pack.yaml}. */
    public static boolean isPack(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    public PackSource read(Path dir) throws PackException {
        String id = dir.getFileName().toString();
        PackManifest manifest = readManifest(dir.resolve(MANIFEST));
        if (manifest.id() != null && !manifest.id().equals(id)) {
            throw new PackException(dir.resolve(MANIFEST).toString(),
                    "id \"" + manifest.id() + "\" differs from the folder name \"" + id + "\"; a pack's id is its folder's name");
        }
        List<DrlFile> drl = drlFiles(dir);
        if (drl.isEmpty()) {
            throw new PackException(dir.toString(), "no .drl files in the pack folder");
        }
        return new PackSource(id, dir, version(dir), manifest, drl, readBaseline(dir.resolve(BASELINE)), scenarios(dir.resolve(SCENARIOS)));
    }

    private PackManifest readManifest(Path file) throws PackException {
        try {
            PackManifest manifest = yaml.readValue(file.toFile(), PackManifest.class);
            if (manifest == null) {
                throw new PackException(file.toString(), "empty manifest");
            }
            return manifest;
        } catch (JsonProcessingException e) {
            throw located(file, e);
        } catch (IOException e) {
            throw new PackException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private JsonNode readBaseline(Path file) throws PackException {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw located(file, e);
        } catch (IOException e) {
            throw new PackException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private record ScenarioFile(String title, String description, JsonNode changes, Map<String, PackManifest.Evidence> evidence) {
    }

    private Map<String, Scenario> scenarios(Path dir) throws PackException {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return scenarios;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new PackException(dir.toString(), "cannot list: " + e.getMessage());
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            try {
                ScenarioFile read = scenarioReader.readValue(file.toFile());
                if (read.title() == null || read.changes() == null || !read.changes().isObject()) {
                    throw new PackException(file.toString(), "a scenario needs a \"title\" and \"changes\" (an object)");
                }
                scenarios.put(name, new Scenario(name, read.title(), read.description(), read.changes(),
                        read.evidence() == null ? Map.of() : Map.copyOf(read.evidence())));
            } catch (JsonProcessingException e) {
                throw located(file, e);
            } catch (IOException e) {
                throw new PackException(file.toString(), "cannot read: " + e.getMessage());
            }
        }
        return scenarios;
    }

    private static PackException located(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new PackException(List.of(new CompileProblem(file.toString(), line, column, e.getOriginalMessage())));
    }

    private static List<DrlFile> drlFiles(Path dir) throws PackException {
        List<Path> paths;
        try (Stream<Path> files = Files.list(dir)) {
            paths = files.filter(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new PackException(dir.toString(), "cannot list: " + e.getMessage());
        }
        List<DrlFile> drl = new ArrayList<>();
        for (Path path : paths) {
            try {
                drl.add(new DrlFile(path.toString(), Files.readString(path)));
            } catch (IOException e) {
                throw new PackException(path.toString(), "cannot read: " + e.getMessage());
            }
        }
        return drl;
    }

    /** A content hash of every file in the pack folder, names included, so any edit gives a new version. */
    static String version(Path dir) throws PackException {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_HEX_DIGITS);
        } catch (IOException | UncheckedIOException e) {
            throw new PackException(dir.toString(), "cannot hash the pack: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

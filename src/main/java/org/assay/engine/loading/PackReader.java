package org.assay.engine.loading;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * Reads a pack folder: {@code pack.yaml}, the {@code *.drl} files beside it, {@code baseline.json}, and its
 * {@code scenarios} and dated {@code snapshots},
 * through {@link PackFiles}, which holds the folder to its {@link PackLimits} before any file is read.
 */
public final class PackReader {
    static final String MANIFEST = "pack.yaml";
    public static final String BASELINE = "baseline.json";
    public static final String SCENARIOS = "scenarios";
    public static final String SNAPSHOTS = "snapshots";
    private static final int VERSION_HEX_DIGITS = 12;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ObjectMapper json;
    private final ObjectReader scenarioReader;
    private final SnapshotReader snapshotReader;
    private final PackLimits limits;

    public PackReader(ObjectMapper json) {
        this(json, PackLimits.configured());
    }

    public PackReader(ObjectMapper json, PackLimits limits) {
        this.json = json;
        this.limits = limits;
        this.scenarioReader = json.readerFor(ScenarioFile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.snapshotReader = new SnapshotReader(json);
    }

    /** Whether a folder is a pack: it holds a {@code pack.yaml}. */
    public static boolean isPack(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    public PackSource read(Path dir) throws PackException {
        String id = dir.getFileName().toString();
        PackFiles files = PackFiles.of(dir, limits);
        PackManifest manifest = readManifest(files, dir.resolve(MANIFEST));
        if (manifest.id() != null && !manifest.id().equals(id)) {
            throw new PackException(files.shown(dir.resolve(MANIFEST)),
                    "id \"" + manifest.id() + "\" differs from the folder name \"" + id + "\"; a pack's id is its folder's name");
        }
        List<DrlFile> drl = drlFiles(files, dir);
        if (drl.isEmpty()) {
            throw new PackException(files.shown(dir), "no .drl files in the pack folder");
        }
        JsonNode baseline = readBaseline(files, dir.resolve(BASELINE));
        return new PackSource(id, dir, version(dir, files), manifest, drl, baseline, scenarios(files, dir.resolve(SCENARIOS)),
                snapshotReader.read(files, dir.resolve(SNAPSHOTS), baseline, manifest.evidence()));
    }

    private PackManifest readManifest(PackFiles files, Path file) throws PackException {
        try {
            PackManifest manifest = yaml.readValue(files.read(file), PackManifest.class);
            if (manifest == null) {
                throw new PackException(files.shown(file), "empty manifest");
            }
            return manifest;
        } catch (JsonProcessingException e) {
            throw located(files, file, e);
        } catch (IOException e) {
            throw new PackException(files.shown(file), "cannot read: " + e.getMessage());
        }
    }

    private JsonNode readBaseline(PackFiles files, Path file) throws PackException {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return json.readTree(files.read(file));
        } catch (JsonProcessingException e) {
            throw located(files, file, e);
        } catch (IOException e) {
            throw new PackException(files.shown(file), "cannot read: " + e.getMessage());
        }
    }

    private record ScenarioFile(String title, String description, JsonNode changes, Map<String, PackManifest.Evidence> evidence) {
    }

    static List<Path> jsonFiles(PackFiles files, Path dir) throws PackException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new PackException(files.shown(dir), "cannot list: " + e.getMessage());
        }
    }

    private Map<String, Scenario> scenarios(PackFiles files, Path dir) throws PackException {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        for (Path file : jsonFiles(files, dir)) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            try {
                ScenarioFile read = scenarioReader.readValue(files.read(file));
                if (read.title() == null || read.changes() == null || !read.changes().isObject()) {
                    throw new PackException(files.shown(file), "a scenario needs a \"title\" and \"changes\" (an object)");
                }
                scenarios.put(name, new Scenario(name, read.title(), read.description(), read.changes(),
                        read.evidence() == null ? Map.of() : Map.copyOf(read.evidence())));
            } catch (JsonProcessingException e) {
                throw located(files, file, e);
            } catch (IOException e) {
                throw new PackException(files.shown(file), "cannot read: " + e.getMessage());
            }
        }
        return scenarios;
    }

    static PackException located(PackFiles files, Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new PackException(List.of(new CompileProblem(files.shown(file), line, column, field(e) + e.getOriginalMessage())));
    }

    /** The member at fault, {@code analysis.targetKinds[2]: }, when the file parsed but a value did not fit. */
    private static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path + ": ";
    }

    private static List<DrlFile> drlFiles(PackFiles files, Path dir) throws PackException {
        List<Path> paths;
        try (Stream<Path> listing = Files.list(dir)) {
            paths = listing.filter(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new PackException(files.shown(dir), "cannot list: " + e.getMessage());
        }
        List<DrlFile> drl = new ArrayList<>();
        for (Path path : paths) {
            drl.add(new DrlFile(files.shown(path), new String(files.read(path), StandardCharsets.UTF_8)));
        }
        return drl;
    }

    /** A content hash of every file in the pack folder, names included, so any edit gives a new version. */
    private static String version(Path dir, PackFiles files) throws PackException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.all()) {
                sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(files.read(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

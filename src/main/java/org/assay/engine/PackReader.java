package org.assay.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
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
 * Reads a pack folder: {@code pack.yaml}, the {@code *.drl} files beside it, and {@code baseline.json}.
 * The folder's size is checked against {@link PackLimits} before any file is read, and every file is
 * read through a bounded stream. Files are named as {@code <pack folder>/<file>}, relative to the rules
 * folder, so that no answer carries the server's own paths.
 */
public final class PackReader {
    static final String MANIFEST = "pack.yaml";
    static final String BASELINE = "baseline.json";
    static final String SCENARIOS = "scenarios";
    private static final int VERSION_HEX_DIGITS = 12;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ObjectMapper json;
    private final ObjectReader scenarioReader;
    private final PackLimits limits;

    public PackReader(ObjectMapper json) {
        this(json, PackLimits.configured());
    }

    public PackReader(ObjectMapper json, PackLimits limits) {
        this.json = json;
        this.limits = limits;
        this.scenarioReader = json.readerFor(ScenarioFile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Whether a folder is a pack: it holds a {@code pack.yaml}. */
    public static boolean isPack(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /** A file of a pack as messages name it: relative to the rules folder, with forward slashes. */
    static String shown(Path dir, Path file) {
        String inside = dir.relativize(file).toString().replace('\\', '/');
        return dir.getFileName() + (inside.isEmpty() ? "" : "/" + inside);
    }

    public PackSource read(Path dir) throws PackException {
        String id = dir.getFileName().toString();
        List<Path> files = checkedFiles(dir);
        PackManifest manifest = readManifest(dir, dir.resolve(MANIFEST));
        if (manifest.id() != null && !manifest.id().equals(id)) {
            throw new PackException(shown(dir, dir.resolve(MANIFEST)),
                    "id \"" + manifest.id() + "\" differs from the folder name \"" + id + "\"; a pack's id is its folder's name");
        }
        List<DrlFile> drl = drlFiles(dir);
        if (drl.isEmpty()) {
            throw new PackException(shown(dir, dir), "no .drl files in the pack folder");
        }
        return new PackSource(id, dir, version(dir, files), manifest, drl, readBaseline(dir, dir.resolve(BASELINE)),
                scenarios(dir, dir.resolve(SCENARIOS)));
    }

    /** Every regular file of the pack folder, sorted, once their number and sizes are within the limits. */
    private List<Path> checkedFiles(Path dir) throws PackException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            // One more than the limit is enough to know it is exceeded; a folder of a million files is not listed whole.
            files = walk.filter(Files::isRegularFile).limit(limits.maxFiles() + 1L).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new PackException(shown(dir, dir), "cannot list: " + e.getMessage());
        }
        if (files.size() > limits.maxFiles()) {
            throw new PackException(shown(dir, dir), "the pack folder holds more than " + limits.maxFiles()
                    + " files; assay.rules.max-files is " + limits.maxFiles());
        }
        long total = 0;
        for (Path file : files) {
            long size = size(dir, file);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(dir, file, size);
            }
            total += size;
        }
        if (total > limits.maxPackBytes()) {
            throw new PackException(shown(dir, dir), "the pack's files hold " + total + " bytes; assay.rules.max-pack-bytes is "
                    + limits.maxPackBytes());
        }
        return files;
    }

    private static long size(Path dir, Path file) throws PackException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new PackException(shown(dir, file), "cannot read: " + e.getMessage());
        }
    }

    private PackException tooLarge(Path dir, Path file, long size) {
        return new PackException(shown(dir, file), "the file has " + (size > limits.maxFileBytes() ? size + " bytes" : "more bytes")
                + "; assay.rules.max-file-bytes is " + limits.maxFileBytes());
    }

    /** A file's bytes, read through a stream that stops one byte past the limit, however large the file has grown. */
    private byte[] bytes(Path dir, Path file) throws PackException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxFileBytes() + 1));
            if (read.length > limits.maxFileBytes()) {
                throw tooLarge(dir, file, -1);
            }
            return read;
        } catch (IOException e) {
            throw new PackException(shown(dir, file), "cannot read: " + e.getMessage());
        }
    }

    private PackManifest readManifest(Path dir, Path file) throws PackException {
        try {
            PackManifest manifest = yaml.readValue(bytes(dir, file), PackManifest.class);
            if (manifest == null) {
                throw new PackException(shown(dir, file), "empty manifest");
            }
            return manifest;
        } catch (JsonProcessingException e) {
            throw located(dir, file, e);
        } catch (IOException e) {
            throw new PackException(shown(dir, file), "cannot read: " + e.getMessage());
        }
    }

    private JsonNode readBaseline(Path dir, Path file) throws PackException {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return json.readTree(bytes(dir, file));
        } catch (JsonProcessingException e) {
            throw located(dir, file, e);
        } catch (IOException e) {
            throw new PackException(shown(dir, file), "cannot read: " + e.getMessage());
        }
    }

    private record ScenarioFile(String title, String description, JsonNode changes, Map<String, PackManifest.Evidence> evidence) {
    }

    private Map<String, Scenario> scenarios(Path packDir, Path dir) throws PackException {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return scenarios;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new PackException(shown(packDir, dir), "cannot list: " + e.getMessage());
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            try {
                ScenarioFile read = scenarioReader.readValue(bytes(packDir, file));
                if (read.title() == null || read.changes() == null || !read.changes().isObject()) {
                    throw new PackException(shown(packDir, file), "a scenario needs a \"title\" and \"changes\" (an object)");
                }
                scenarios.put(name, new Scenario(name, read.title(), read.description(), read.changes(),
                        read.evidence() == null ? Map.of() : Map.copyOf(read.evidence())));
            } catch (JsonProcessingException e) {
                throw located(packDir, file, e);
            } catch (IOException e) {
                throw new PackException(shown(packDir, file), "cannot read: " + e.getMessage());
            }
        }
        return scenarios;
    }

    private static PackException located(Path dir, Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new PackException(List.of(new CompileProblem(shown(dir, file), line, column, e.getOriginalMessage())));
    }

    private List<DrlFile> drlFiles(Path dir) throws PackException {
        List<Path> paths;
        try (Stream<Path> files = Files.list(dir)) {
            paths = files.filter(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new PackException(shown(dir, dir), "cannot list: " + e.getMessage());
        }
        List<DrlFile> drl = new ArrayList<>();
        for (Path path : paths) {
            drl.add(new DrlFile(shown(dir, path), new String(bytes(dir, path), StandardCharsets.UTF_8)));
        }
        return drl;
    }

    /** A content hash of every file in the pack folder, names included, so any edit gives a new version. */
    private String version(Path dir, List<Path> files) throws PackException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes(dir, file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

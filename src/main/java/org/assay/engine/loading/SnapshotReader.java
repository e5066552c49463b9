package org.assay.engine.loading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.assay.facts.MergePatch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a pack's {@code snapshots/<date>.json} and resolves each along the chain of the ones before it. */
final class SnapshotReader {
    private final ObjectReader reader;

    SnapshotReader(ObjectMapper json) {
        this.reader = json.readerFor(SnapshotFile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private record SnapshotFile(String title, String covers, JsonNode changes, JsonNode facts,
                                Map<String, PackManifest.Evidence> evidence) {
    }

    /**
     * The snapshots in date order, each resolved: a whole fact set stands alone, changes apply to the snapshot
     * before (the first to the baseline), and evidence carries over less what the changes replace.
     */
    Map<String, Snapshot> read(PackFiles files, Path dir, JsonNode baseline, Map<String, PackManifest.Evidence> evidence)
            throws PackException {
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        JsonNode facts = baseline;
        Map<String, PackManifest.Evidence> carried = new LinkedHashMap<>(evidence);
        for (Path file : PackReader.jsonFiles(files, dir)) {
            String date = file.getFileName().toString().replaceFirst("\\.json$", "");
            if (!EvidenceDates.isDay(date)) {
                throw new PackException(files.shown(file), "a snapshot is named after the day it is as of, as 2026-12-01.json");
            }
            SnapshotFile read;
            try {
                read = reader.readValue(files.read(file));
            } catch (JsonProcessingException e) {
                throw PackReader.located(files, file, e);
            } catch (IOException e) {
                throw new PackException(files.shown(file), "cannot read: " + e.getMessage());
            }
            boolean whole = read.facts() != null;
            if (read.title() == null || whole == (read.changes() != null) || !(whole ? read.facts() : read.changes()).isObject()) {
                throw new PackException(files.shown(file), "a snapshot needs a \"title\" and either \"facts\" (a whole fact set) or"
                        + " \"changes\" (a merge patch on the snapshot before it, the first on baseline.json), an object");
            }
            if (!whole && facts == null) {
                throw new PackException(files.shown(file), "the snapshot gives changes, but nothing comes before it: the pack has no"
                        + " baseline.json; give \"facts\" instead");
            }
            if (whole) {
                facts = read.facts();
                carried.clear();
            } else {
                facts = MergePatch.apply(facts, read.changes());
                EvidenceOverlay.forget(carried, read.changes());
            }
            if (read.evidence() != null) {
                carried.putAll(read.evidence());
            }
            snapshots.put(date, new Snapshot(date, read.title(), read.covers(), facts, Map.copyOf(carried)));
        }
        return snapshots;
    }
}

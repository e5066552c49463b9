package org.assay.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A pack as read from its folder, before compiling: manifest, DRL files, baseline, scenarios, snapshots and content hash. */
public record PackSource(String id, Path dir, String version, PackManifest manifest, List<DrlFile> drl, JsonNode baseline,
                         Map<String, Scenario> scenarios, Map<String, Snapshot> snapshots) {

    /** The same pack with other DRL files, as a validation compiles it. */
    PackSource withDrl(List<DrlFile> files) {
        return new PackSource(id, dir, version, manifest, List.copyOf(files), baseline, scenarios, snapshots);
    }
}

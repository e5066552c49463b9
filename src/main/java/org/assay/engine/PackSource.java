package org.assay.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A pack as read from its folder, before compiling: manifest, DRL files, baseline and content hash. */
public record PackSource(String id, Path dir, String version, PackManifest manifest, List<Path> drlFiles, JsonNode baseline,
                         Map<String, Scenario> scenarios) {
}

package org.assay.engine;

import java.util.Map;

/** A compiled rule as authors and analysts see it: its name, where it is written, and its metadata. */
public record RuleInfo(String name, String file, String dimension, String source, String citation, Map<String, Object> metadata) {
}

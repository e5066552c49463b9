package org.assay.whatif;

import org.assay.engine.evaluation.Assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A what-if: the base's assessment, the assessment with the changes, and how they differ.
 *
 * @param sources the reference of every source key either side's findings cite, given once here for both
 */
public record WhatIfResult(String pack, String packVersion, Assessment before, Assessment after, Diff diff, Map<String, String> sources) {

    /** The two sides and their difference, their sources merged into one map, so that a reference both cite comes once. */
    public static WhatIfResult of(String pack, String packVersion, Assessment before, Assessment after, Diff diff) {
        Map<String, String> sources = new LinkedHashMap<>(before.sources());
        sources.putAll(after.sources());
        return new WhatIfResult(pack, packVersion, before.withoutSources(), after.withoutSources(), diff, Collections.unmodifiableMap(sources));
    }
}

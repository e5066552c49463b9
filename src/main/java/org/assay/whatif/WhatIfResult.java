package org.assay.whatif;

import org.assay.engine.evaluation.Assessment;

/** A what-if: the base's assessment, the assessment with the changes, and how they differ. */
public record WhatIfResult(String pack, String packVersion, Assessment before, Assessment after, Diff diff) {
}

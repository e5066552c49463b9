package org.assay.engine.loading;

/** How sure a pack or an analyst is of a fact's value. */
public enum Confidence {
    HIGH, MEDIUM, LOW
}

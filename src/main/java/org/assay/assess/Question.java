package org.assay.assess;

/** What a caller asks of a request it reads through {@link Requests}. */
public enum Question {
    /**
     * The fact set to assess: the base with the changes on it. A saved scenario's own changes are
     * patched under the request's, so that its evidence and faults are read as those of its base.
     */
    FACTS,
    /**
     * A what-if's two fact sets: the base alone, which for a saved scenario is the scenario whole,
     * and the base with the changes, which must be given.
     */
    BASE_AND_CHANGES
}

package org.assay.engine.serving;

/**
 * What one reload did: the pack's state after it, the version that served before, whether the new
 * files were swapped in, and how long reading, checking, compiling and rehearsing took.
 */
public record ReloadOutcome(PackStatus status, String previousVersion, boolean swapped, long millis) {
}

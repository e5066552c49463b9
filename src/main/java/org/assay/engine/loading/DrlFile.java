package org.assay.engine.loading;

/**
 * One DRL file of a pack, read once: the sandbox, the compiler and the rule diff all see the
 * same text, so a file edited between two of them cannot slip past the check.
 *
 * @param path the file's path as messages name it
 */
public record DrlFile(String path, String text) {
}

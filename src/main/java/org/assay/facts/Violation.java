package org.assay.facts;

/** One fault in a request: where it is (a dotted path into the body) and what is wrong there. */
public record Violation(String path, String message) {
}

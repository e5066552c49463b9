package org.assay.store;

/** No saved scenario has that id; it was never saved, or it was deleted. */
public class UnknownScenarioException extends RuntimeException {
    public UnknownScenarioException(String id) {
        super("no saved scenario \"" + id + "\"");
    }
}

package org.assay.store;

/** Someone who neither owns a saved scenario nor is an admin tried to change or delete it; the message names the owner. */
public class NotScenarioOwnerException extends RuntimeException {
    NotScenarioOwnerException(SavedScenario scenario) {
        super(scenario.owner() == null
                ? "scenario \"" + scenario.id() + "\" was saved before scenarios had owners; only an admin can change it"
                : "only the owner (" + scenario.owner() + ") or an admin can change scenario \"" + scenario.id() + "\"");
    }
}

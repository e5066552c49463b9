package org.assay.store;

/** Someone who neither owns a saved scenario nor is an admin tried to change or delete it. */
public class NotScenarioOwnerException extends RuntimeException {
    private final String owner;

    NotScenarioOwnerException(SavedScenario scenario) {
        super(scenario.owner() == null
                ? "scenario \"" + scenario.id() + "\" was saved before scenarios had owners; only an admin can change it"
                : "only the owner (" + scenario.owner() + ") or an admin can change scenario \"" + scenario.id() + "\"");
        this.owner = scenario.owner();
    }

    /** The owner's name, or null when the scenario has none. */
    public String owner() {
        return owner;
    }
}

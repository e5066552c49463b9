package org.assay.store;

/**
 * Who asks the store for something: a signed-in user's name and whether they are an admin, or
 * nobody ({@link #ANONYMOUS}). The API reads it from the request's identity.
 */
public record Requester(String name, boolean admin) {
    public static final Requester ANONYMOUS = new Requester(null, false);

    public boolean anonymous() {
        return name == null;
    }

    /** Only a scenario's owner, or an admin, may change or delete it; nobody owns one saved before owners. */
    boolean mayChange(SavedScenario scenario) {
        return admin || (name != null && name.equals(scenario.owner()));
    }
}

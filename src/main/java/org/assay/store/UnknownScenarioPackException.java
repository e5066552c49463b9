package org.assay.store;

import java.util.List;

/** A scenario names a pack that is not loaded, so it cannot be checked against that pack's schema. */
public class UnknownScenarioPackException extends RuntimeException {
    private final String pack;
    private final List<String> loaded;

    public UnknownScenarioPackException(String pack, List<String> loaded) {
        super("no pack \"" + pack + "\" is loaded; a scenario is saved for a loaded pack");
        this.pack = pack;
        this.loaded = List.copyOf(loaded);
    }

    public String pack() {
        return pack;
    }

    /** The ids of the packs that are loaded now. */
    public List<String> loaded() {
        return loaded;
    }
}

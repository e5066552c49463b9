package org.assay.assess;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** Where {@link Requests} finds the saved scenario a request starts from; the store keeps them. */
public interface SavedBases {

    /** A saved scenario as a base: the pack it is for, and the request it stands for. */
    interface Saved {
        String pack();

        /** {@code {"baseline": true}}, {@code {"scenario": ...}} or {@code {"facts": ...}} with the saved {@code "changes"}; a tree of its own, which the caller may change */
        JsonNode request();
    }

    Optional<? extends Saved> find(String id);

    /** How many characters of JSON the saved scenario holds, or 0 when there is none; found without reading it. */
    long size(String id);
}

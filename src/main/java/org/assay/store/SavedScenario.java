package org.assay.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.assess.SavedBases;
import org.assay.facts.MergePatch;

import java.time.Instant;

/**
 * A scenario an analyst saved: what to start from ({@code base}: the pack's baseline, one of its
 * named scenarios, or a whole fact set), the changes on top (a JSON Merge Patch), and the pack
 * version that served when it was last checked, and who saved it.
 *
 * @param base {@code {"baseline": true}}, {@code {"scenario": "name"}} or {@code {"facts": {...}}}
 * @param owner the name of the user who saved it, or null for one saved before scenarios had owners
 * @param revision 1 when saved, one more with every change
 */
public record SavedScenario(String id, String pack, String packVersion, String title, String notes,
                            JsonNode base, JsonNode changes, String owner, Instant createdAt, Instant updatedAt, long revision)
        implements SavedBases.Saved {

    /** The assessment request this scenario stands for, as {@link org.assay.assess.Requests} reads it; a tree of its own. */
    @Override
    public JsonNode request() {
        return request(base, changes);
    }

    static JsonNode request(JsonNode base, JsonNode changes) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (base.has("facts")) {
            request.set("facts", MergePatch.apply(base.get("facts"), changes));
        } else {
            request.setAll((ObjectNode) base.deepCopy());
            request.set("changes", changes.deepCopy());
        }
        return request;
    }
}

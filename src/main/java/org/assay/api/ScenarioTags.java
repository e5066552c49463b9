package org.assay.api;

import jakarta.ws.rs.core.EntityTag;
import org.assay.store.ScenarioView;

/**
 * The entity tag of a saved scenario as a reader sees it: its revision, the version of its pack that serves now
 * (the view says whether it is the one the scenario was saved for), and whether the reader sees its notes. It is
 * strong, because a change's {@code If-Match} compares strongly (RFC 9110 §13.1.1); so the scenario is sent
 * uncompressed, its exact bytes being what a strong tag names.
 */
final class ScenarioTags {
    private ScenarioTags() {
    }

    static EntityTag of(ScenarioView view, boolean anonymous) {
        String serving = view.currentPackVersion() == null ? "unserved" : view.currentPackVersion();
        return new EntityTag(view.revision() + "-" + serving + (anonymous ? "-public" : ""));
    }
}

package org.assay.api;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.assay.engine.Pack;
import org.assay.engine.loading.RatingScale;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.serving.PackStatus;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Lists in the document's {@code RatingLevel} schema the levels of the packs that serve at the moment the document is asked
 * for, so that a client can switch on a verdict. Levels are policy and packs reload while the service runs, so they
 * cannot be written into the document when it is built; it is filtered on every request for it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class LoadedLevels implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Schema level = api.getComponents() == null ? null : api.getComponents().getSchemas().get("RatingLevel");
        if (level == null) {
            return;
        }
        Set<String> levels = new LinkedHashSet<>();
        for (PackStatus status : Arc.container().instance(PackRegistry.class).get().all()) {
            Pack pack = status.pack();
            if (pack != null) {
                pack.ratings().scales().stream().map(RatingScale::levels).forEach(levels::addAll);
            }
        }
        // With no pack serving there is no level to name; an empty enum would be invalid, so the schema stays open.
        level.setEnumeration(levels.isEmpty() ? null : new ArrayList<>(levels));
    }
}

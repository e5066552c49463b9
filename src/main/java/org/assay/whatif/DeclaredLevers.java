package org.assay.whatif;

import org.assay.engine.Pack;
import org.assay.engine.loading.PackManifest;
import org.assay.facts.FactSet;

import java.util.ArrayList;
import java.util.List;

/** The levers a pack's {@code pack.yaml} declares, as axes over every value of their range or list. */
public final class DeclaredLevers {

    private DeclaredLevers() {
    }

    /**
     * The declared levers this base can move, in {@code pack.yaml}'s order. The loader has checked every
     * lever against the schema and the baseline, so a lever is left out only when this base lacks its instance.
     */
    public static List<SweepAxis> of(Pack pack, FactSet base) {
        LeverReader reader = new LeverReader(pack, base);
        List<SweepAxis> axes = new ArrayList<>();
        for (PackManifest.Lever lever : pack.manifest().levers()) {
            SweepAxis axis = reader.declared(lever);
            if (axis != null) {
                axes.add(axis);
            }
        }
        return axes;
    }
}

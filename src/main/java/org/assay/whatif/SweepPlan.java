package org.assay.whatif;

import org.assay.engine.Pack;
import org.assay.facts.FactSet;

import java.util.List;

/** A checked sweep: the pack version it runs on, the base fact set, one or two levers, and how many variants. */
public record SweepPlan(Pack pack, FactSet base, List<SweepAxis> axes, long total) {
}

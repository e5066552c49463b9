package org.assay.tester;

import org.assay.engine.outcome.VerdictLevel;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "Every verdict level (or each of {@code verdicts}) is reached somewhere in the lever space": a pack
 * that can never say READY, or never BLOCKED, has a rule that cannot do its job.
 */
public record ReachableProperty(String name, String note, List<String> from, List<VerdictLevel> verdicts) implements Property {
    static final String KIND = "reachable";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public PropertyResult check(LeverSpace space, List<LeverSpace.Base> bases) {
        List<VerdictLevel> wanted = verdicts == null || verdicts.isEmpty() ? Arrays.asList(VerdictLevel.values()) : verdicts;
        Map<VerdictLevel, LeverSpace.Variant> witnesses = new EnumMap<>(VerdictLevel.class);
        long variants = 0;
        for (List<LeverSpace.Variant> explored : space.variants(bases)) {
            for (LeverSpace.Variant variant : explored) {
                variants++;
                // The plainest witness: the fewest lever values moved, the earliest among equals.
                witnesses.merge(variant.outcome().verdict(), variant, (kept, other) -> other.values().size() < kept.values().size() ? other : kept);
            }
        }
        List<VerdictLevel> missing = wanted.stream().filter(v -> !witnesses.containsKey(v)).toList();
        if (!missing.isEmpty()) {
            return PropertyResult.broken(this, variants, missing + " never reached in " + variants + " variants from "
                    + bases.stream().map(LeverSpace.Base::name).toList(), null);
        }
        StringBuilder detail = new StringBuilder("each reached: ");
        for (VerdictLevel verdict : wanted) {
            detail.append(verdict).append(' ').append(PropertyResult.Counterexample.at(witnesses.get(verdict), null).where()).append("; ");
        }
        detail.setLength(detail.length() - 2);
        return PropertyResult.held(this, variants, detail.toString());
    }
}

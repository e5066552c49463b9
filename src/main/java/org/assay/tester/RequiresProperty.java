package org.assay.tester;

import java.util.List;

/**
 * "Measure M is recommended only while one of {@code findings} stands": every variant that
 * recommends the measure must raise a finding matching one of the patterns ({@code VETO_POINT:*}).
 */
public record RequiresProperty(String name, String note, List<String> from, String measure, List<String> findings)
        implements Property {
    static final String KIND = "requires";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public PropertyResult check(LeverSpace space, List<LeverSpace.Base> bases) {
        if (measure == null || findings == null || findings.isEmpty()) {
            return PropertyResult.invalid(name, KIND, note, "a requires property names a measure and the findings it needs");
        }
        long variants = 0;
        long recommended = 0;
        for (List<LeverSpace.Variant> explored : space.variants(bases)) {
            for (LeverSpace.Variant variant : explored) {
                variants++;
                if (!variant.outcome().measures().containsKey(measure)) {
                    continue;
                }
                recommended++;
                boolean stands = variant.outcome().findings().keySet().stream()
                        .anyMatch(id -> findings.stream().anyMatch(pattern -> Property.matches(pattern, id)));
                if (!stands) {
                    return PropertyResult.broken(this, variants, measure + " recommended without " + findings,
                            PropertyResult.Counterexample.at(variant, measure + " is recommended but none of " + findings
                                    + " stands (verdict " + variant.outcome().verdict() + ")"));
                }
            }
        }
        if (recommended == 0) {
            return PropertyResult.broken(this, variants, measure + " is recommended in none of " + variants
                    + " variants: a typo, or a claim that cannot fail", null);
        }
        return PropertyResult.held(this, variants, measure + " was recommended in " + recommended + " of " + variants
                + " variants, each time with one of " + findings);
    }
}

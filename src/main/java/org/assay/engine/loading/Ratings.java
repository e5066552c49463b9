package org.assay.engine.loading;

import org.assay.engine.outcome.VerdictLevel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ratings a pack declares in {@code pack.yaml}, in the order it reports them; the first is the headline,
 * which an assessment also gives as its {@code verdict}. A pack that declares none has the one rating
 * {@value #DEFAULT_ID} on the levels of {@link VerdictLevel}, so a pack written before ratings works as it did.
 */
public record Ratings(List<RatingScale> scales) {
    public static final String DEFAULT_ID = "verdict";
    public static final Ratings DEFAULT = new Ratings(List.of(new RatingScale(DEFAULT_ID, "Verdict", null,
            Arrays.stream(VerdictLevel.values()).map(Enum::name).toList())));

    public Ratings {
        scales = List.copyOf(scales);
    }

    public static Ratings of(List<RatingScale> declared) {
        return declared == null || declared.isEmpty() ? DEFAULT : new Ratings(declared);
    }

    public RatingScale headline() {
        return scales.get(0);
    }

    public Optional<RatingScale> scale(String id) {
        return scales.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return scales.stream().map(RatingScale::id).toList();
    }

    /** Whether one rating is all there is, so that a verdict or a finding need not say which it bears on. */
    public boolean single() {
        return scales.size() == 1;
    }
}

package org.assay.whatif;

import org.assay.engine.evaluation.Fragility;
import org.assay.engine.evaluation.NoVerdictException;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackManifest;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.evaluation.VariantSession;
import org.assay.engine.outcome.Severity;
import org.assay.facts.FactRef;
import org.assay.facts.FactSet;
import org.assay.facts.FieldKind;
import org.assay.facts.FieldPath;
import org.assay.facts.FieldSpec;
import org.assay.work.Deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Varies each weak value of a fact set on its own (by default LOW confidence, or no source; the pack's
 * {@link org.assay.engine.loading.AnalysisSettings.WeakEvidence} says) and notes which
 * conclusions flip: the verdict, or a finding that goes or changes severity. A value is varied
 * over its lever's values when {@code pack.yaml} declares one, else over the other values of a
 * boolean or enum; a weak number or text without a lever has no range to try and is listed as not checked, as are
 * weak values beyond the check's budget of variants or reached after its deadline.
 */
public final class FragilityCheck {
    private final Pack pack;
    private final FactSet facts;
    private final Map<String, PackManifest.Evidence> evidence;

    private final int maxVariants;
    private final Deadline deadline;

    /**
     * @param maxVariants the most variants to assess; weak values beyond them are listed as not checked
     * @param deadline    when the check stops; weak values not reached by then are listed as not checked too
     */
    public FragilityCheck(Pack pack, FactSet facts, Map<String, PackManifest.Evidence> evidence, int maxVariants, Deadline deadline) {
        this.maxVariants = maxVariants;
        this.deadline = deadline;
        this.pack = pack;
        this.facts = facts;
        this.evidence = evidence;
    }

    public Fragility run(VariantSession session) {
        VariantOutcome base = session.baseOutcome();
        List<Fragility.Hinge> verdict = new ArrayList<>();
        Map<String, List<Fragility.Hinge>> findings = new TreeMap<>();
        List<String> notChecked = new ArrayList<>();
        int checked = 0;
        int variants = 0;
        for (FactSet.Instance instance : facts.instances()) {
            for (Map.Entry<String, Object> value : instance.values().entrySet()) {
                FieldPath path = FactRef.of(instance).field(value.getKey());
                String text = path.toString();
                PackManifest.Evidence said = evidence.get(text);
                if (value.getValue() == null || !pack.manifest().analysis().weakEvidence().weak(said)) {
                    continue;
                }
                List<Object> alternatives = alternatives(path, value.getValue());
                if (alternatives == null || variants + alternatives.size() > maxVariants || deadline.passed()) {
                    notChecked.add(text);
                    continue;
                }
                variants += alternatives.size();
                checked++;
                vary(session, base, path, value.getValue(), said, alternatives, verdict, findings);
            }
        }
        session.assess(Map.of());
        return new Fragility(checked, verdict, findings, notChecked);
    }

    private void vary(VariantSession session, VariantOutcome base, FieldPath path, Object value, PackManifest.Evidence said,
                      List<Object> alternatives, List<Fragility.Hinge> verdict, Map<String, List<Fragility.Hinge>> findings) {
        boolean verdictFlips = false;
        Map<String, Boolean> findingFlips = new TreeMap<>();
        for (Object alternative : alternatives) {
            VariantOutcome outcome;
            try {
                outcome = session.assess(Map.of(path, alternative));
            } catch (NoVerdictException e) {
                if (!verdictFlips) {
                    verdictFlips = true;
                    verdict.add(hinge(path, value, said, alternative, "no verdict"));
                }
                continue;
            }
            if (!verdictFlips && !Objects.equals(outcome.ratings(), base.ratings())) {
                verdictFlips = true;
                verdict.add(hinge(path, value, said, alternative, moved(base, outcome)));
            }
            for (Map.Entry<String, Severity> finding : base.findings().entrySet()) {
                Severity now = outcome.findings().get(finding.getKey());
                if (now != finding.getValue() && findingFlips.putIfAbsent(finding.getKey(), true) == null) {
                    findings.computeIfAbsent(finding.getKey(), id -> new ArrayList<>())
                            .add(hinge(path, value, said, alternative, now == null ? "gone" : "severity " + now));
                }
            }
        }
    }

    /** What the alternative does to the ratings: {@code verdict READY} in a pack with one rating, {@code security STRAINED} per rating moved. */
    private static String moved(VariantOutcome base, VariantOutcome outcome) {
        if (outcome.ratings().size() == 1) {
            return "verdict " + outcome.verdict();
        }
        List<String> moved = new ArrayList<>();
        outcome.ratings().forEach((rating, level) -> {
            if (!level.equals(base.ratings().get(rating))) {
                moved.add(rating + " " + level);
            }
        });
        return String.join(", ", moved);
    }

    private static Fragility.Hinge hinge(FieldPath path, Object value, PackManifest.Evidence said, Object to, String effect) {
        return new Fragility.Hinge(path.toString(), value, said == null ? null : said.source(),
                said == null ? null : said.confidence(), to, effect);
    }

    /** The other values to try, or null when the value has no range to vary over. */
    private List<Object> alternatives(FieldPath path, Object value) {
        FieldSpec spec = path.spec(pack.schema());
        List<Object> values = new ArrayList<>();
        PackManifest.Lever lever = pack.manifest().levers().stream()
                .filter(l -> l.path().equals(path.toString())).findFirst().orElse(null);
        if (lever != null) {
            SweepAxis axis = new LeverReader(pack, facts).declared(lever);
            for (int i = 0; axis != null && i < axis.size(); i++) {
                values.add(axis.value(i));
            }
        } else if (spec.kind() == FieldKind.BOOLEAN) {
            values.add(!((Boolean) value));
        } else if (spec.kind() == FieldKind.ENUM) {
            values.addAll(spec.values());
        } else {
            return null;
        }
        values.removeIf(v -> v.equals(value) || (v instanceof Number a && value instanceof Number b && a.doubleValue() == b.doubleValue()));
        return values;
    }
}

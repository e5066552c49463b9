package org.assay.engine.evaluation;

import org.assay.engine.Pack;
import org.assay.engine.sandbox.PolicyBudget;

import org.assay.facts.FactRef;
import org.assay.engine.outcome.FindingKind;
import org.assay.facts.FactSet;
import org.assay.facts.FieldPath;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Assesses many variants of one base fact set, each differing in a few field values, for sweeps,
 * counterfactuals and fragility checks. When the pack's rules insert their conclusions logically
 * and leave input facts alone, one session stays open and each variant only updates the facts it
 * changes, so the engine re-evaluates just the rules those facts reach; otherwise every variant
 * gets a fresh session, slower but equally correct. Not thread-safe: one per worker.
 */
public final class VariantSession implements AutoCloseable {
    /**
     * How long an untrusted pack's code may run on one variant, as the default time limit of one assessment: no watchdog
     * watches each of a sweep's variants, so the pack's own ticks read the clock (see PolicyBudget).
     */
    static final Duration VARIANT_TIME_LIMIT = Duration.ofSeconds(5);

    private final Pack pack;
    private final FactSet base;
    private final int fireLimit;
    private final Map<FactRef, Object> facts = new HashMap<>();
    private final Map<FactRef, FactHandle> handles = new HashMap<>();
    private final Map<FieldPath, Object> applied = new LinkedHashMap<>();
    private KieSession session;
    private LiveOutcomes live;
    private NoVerdictException baseFailure;
    private VariantOutcome baseOutcome;
    private Map<String, FindingKind> baseKinds;

    private VariantSession(Pack pack, FactSet base, int fireLimit) {
        this.pack = pack;
        this.base = base;
        this.fireLimit = fireLimit;
    }

    /** Opens a session over the base and assesses it; the base must hold every instance a variant will change. */
    public static VariantSession open(Pack pack, FactSet base, int fireLimit) {
        VariantSession variants = new VariantSession(pack, base, fireLimit);
        return withinLimit(() -> {
            variants.start();
            return variants;
        });
    }

    /** Runs one assessment's worth of the session, inserts and updates included (constraints run then), under the variant time limit. */
    private static <T> T withinLimit(Supplier<T> work) {
        PolicyBudget budget = PolicyBudget.begin(VARIANT_TIME_LIMIT);
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (PolicyBudget.stoppedBy(e)) {
                throw new EvaluationException(EvaluationException.Reason.TIME_LIMIT, "the pack's code ran longer than " + VARIANT_TIME_LIMIT.toSeconds()
                        + " s on one variant", List.of());
            }
            throw e;
        } finally {
            budget.end();
        }
    }

    private void start() {
        FactInstantiator.Inputs inputs = pack.instantiator().instantiate(base);
        live = new LiveOutcomes(identities(inputs), pack.ratings());
        session = pack.kieBase().newKieSession();
        session.addEventListener(live);
        for (Object fact : inputs.facts()) {
            FactSet.Instance instance = inputs.instances().get(fact);
            FactRef key = FactRef.of(instance);
            facts.put(key, fact);
            handles.put(key, session.insert(fact));
        }
        fire(session);
        try {
            baseOutcome = live.outcome();
        } catch (NoVerdictException e) {
            // Variants may still reach a verdict; only asking for the base's outcome fails.
            baseFailure = e;
        }
        baseKinds = live.kinds();
        if (!live.fitForIncrementalUse()) {
            closeSession();
        }
    }

    /** Whether variants are re-assessed in one open session rather than each in a fresh one. */
    public boolean incremental() {
        return session != null;
    }

    /** @throws NoVerdictException when the rules reach no verdict for the base */
    public VariantOutcome baseOutcome() {
        if (baseOutcome == null) {
            throw baseFailure;
        }
        return baseOutcome;
    }

    /** The kind of each finding of the base, by id. */
    public Map<String, FindingKind> baseKinds() {
        return baseKinds;
    }

    /** Whether the base has the instance a path names; a variant cannot change a fact the base lacks. */
    public boolean has(FieldPath path) {
        return facts.containsKey(path.fact());
    }

    /**
     * Assesses the base with these fields changed; fields changed by earlier variants and not
     * named here return to their base values.
     *
     * @param values checked values as {@link FieldPath#convert} gives them; null means unknown
     * @throws NoVerdictException when the rules reach no verdict for the variant
     */
    public VariantOutcome assess(Map<FieldPath, Object> values) {
        return withinLimit(() -> assessWithin(values));
    }

    private VariantOutcome assessWithin(Map<FieldPath, Object> values) {
        if (session == null) {
            return assessFresh(values);
        }
        if (!values.keySet().containsAll(applied.keySet())) {
            for (FieldPath path : List.copyOf(applied.keySet())) {
                if (!values.containsKey(path)) {
                    set(path, base.value(path));
                    applied.remove(path);
                }
            }
        }
        values.forEach((path, value) -> {
            if (!applied.containsKey(path) || !Objects.equals(applied.get(path), value)) {
                set(path, value);
                applied.put(path, value);
            }
        });
        fire(session);
        if (!live.fitForIncrementalUse()) {
            // A rule inserted a fact that will not go when its reasons go: from here on, start afresh each time.
            closeSession();
            return assessFresh(values);
        }
        return live.outcome();
    }

    private void set(FieldPath path, Object value) {
        Object fact = facts.get(path.fact());
        pack.instantiator().set(fact, path.type(), path.field(), value);
        session.update(handles.get(path.fact()), fact, path.field());
    }


    private VariantOutcome assessFresh(Map<FieldPath, Object> values) {
        List<FactSet.Instance> instances = base.instances().stream().map(instance -> {
            Map<String, Object> changed = new LinkedHashMap<>(instance.values());
            values.forEach((path, value) -> {
                if (path.type().equals(instance.type()) && path.id().equals(instance.id())) {
                    changed.put(path.field(), value);
                }
            });
            return new FactSet.Instance(instance.type(), instance.id(), changed);
        }).toList();
        FactInstantiator.Inputs inputs = pack.instantiator().instantiate(new FactSet(instances));
        LiveOutcomes outcomes = new LiveOutcomes(identities(inputs), pack.ratings());
        KieSession fresh = pack.kieBase().newKieSession();
        try {
            fresh.addEventListener(outcomes);
            inputs.facts().forEach(fresh::insert);
            fire(fresh);
            return outcomes.outcome();
        } finally {
            fresh.dispose();
        }
    }

    private static Set<Object> identities(FactInstantiator.Inputs inputs) {
        Set<Object> identities = Collections.newSetFromMap(new IdentityHashMap<>());
        identities.addAll(inputs.facts());
        return identities;
    }

    private void fire(KieSession target) {
        int fired;
        try {
            fired = target.fireAllRules(fireLimit);
        } catch (ConsequenceException e) {
            throw PolicyBudget.stoppedBy(e) ? e : RuleFailure.of(pack.id(), e);
        }
        if (fired >= fireLimit) {
            throw new EvaluationException(EvaluationException.Reason.FIRE_LIMIT, "the rules fired " + fired
                    + " times on one variant, the limit; some rules keep re-activating each other", List.of());
        }
    }

    private void closeSession() {
        if (session != null) {
            session.dispose();
            session = null;
        }
    }

    @Override
    public void close() {
        closeSession();
    }
}

package org.assay.engine.evaluation;

import org.assay.engine.loading.Ratings;
import org.assay.engine.outcome.Finding;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Priority;
import org.assay.engine.outcome.Recommendation;
import org.assay.engine.outcome.Severity;
import org.assay.engine.outcome.Verdict;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps the outcomes a long-lived session currently holds, and notices whether the rules are fit
 * for incremental re-assessment: every fact a rule inserts must be logical (so it goes when its
 * reasons go) and no rule may change or delete an input fact.
 */
final class LiveOutcomes implements RuleRuntimeEventListener {
    private final Set<Object> live = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<FactHandle> derived = new ArrayList<>();
    private final Set<Object> inputs;
    private boolean inputsTouchedByRules;

    private final Ratings ratings;

    /** @param inputs the session's input facts, by identity */
    LiveOutcomes(Set<Object> inputs, Ratings ratings) {
        this.inputs = inputs;
        this.ratings = ratings;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            derived.add(event.getFactHandle());
        }
        Object value = event.getObject();
        if (value instanceof Finding || value instanceof Recommendation || value instanceof Verdict) {
            live.add(value);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getRule() != null && inputs.contains(event.getObject())) {
            inputsTouchedByRules = true;
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object gone = event.getOldObject();
        live.remove(gone);
        if (event.getRule() != null && inputs.contains(gone)) {
            inputsTouchedByRules = true;
        }
    }

    /**
     * True when no rule touched an input fact and every fact rules inserted since the last call was
     * inserted logically; called after each firing so the list of handles stays short.
     */
    boolean fitForIncrementalUse() {
        if (inputsTouchedByRules) {
            return false;
        }
        for (FactHandle handle : derived) {
            EqualityKey key = ((InternalFactHandle) handle).getEqualityKey();
            if (key == null || key.getStatus() != EqualityKey.JUSTIFIED) {
                return false;
            }
        }
        derived.clear();
        return true;
    }

    /** The kind of each live finding, by id. */
    Map<String, FindingKind> kinds() {
        Map<String, FindingKind> kinds = new TreeMap<>();
        for (Object value : live) {
            if (value instanceof Finding f) {
                kinds.put(f.getId(), f.getKind());
            }
        }
        return kinds;
    }

    /** @throws NoVerdictException when the session holds no verdict */
    VariantOutcome outcome() {
        RatingTally tally = new RatingTally(ratings);
        Map<String, Severity> findings = new TreeMap<>();
        Map<String, Priority> measures = new TreeMap<>();
        for (Object value : live) {
            if (value instanceof Finding f) {
                findings.merge(f.getId(), f.getSeverity(), Severity::worse);
            } else if (value instanceof Recommendation r) {
                measures.merge(r.getMeasure(), r.getPriority(), Priority::moreUrgent);
            } else if (value instanceof Verdict v) {
                tally.count(v, null);
            }
        }
        return new VariantOutcome(tally.levels(), findings, measures);
    }
}

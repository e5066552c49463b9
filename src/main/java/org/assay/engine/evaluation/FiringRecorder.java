package org.assay.engine.evaluation;

import org.assay.engine.outcome.Finding;
import org.assay.engine.outcome.Recommendation;
import org.assay.engine.outcome.Verdict;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.event.rule.AfterMatchFiredEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every firing and which firing inserted each outcome, so that explanations come from
 * what actually happened rather than from text in rule consequences.
 */
final class FiringRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** A rule firing and the objects its match held. */
    record Fired(String rule, List<Object> matched) {
    }

    /** A finding, recommendation or verdict, and the firing that inserted it. */
    record Outcome(Object value, Fired by) {
    }

    private final List<Fired> firings = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private Fired current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = new Fired(event.getMatch().getRule().getName(), List.copyOf(event.getMatch().getObjects()));
        firings.add(current);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object value = event.getObject();
        if (value instanceof Finding || value instanceof Recommendation || value instanceof Verdict) {
            outcomes.add(new Outcome(value, current));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Outcomes are immutable; an update of an input fact changes nothing recorded here.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object gone = event.getOldObject();
        outcomes.removeIf(o -> o.value() == gone);
    }

    List<Fired> firings() {
        return firings;
    }

    List<Outcome> outcomes() {
        return outcomes;
    }
}

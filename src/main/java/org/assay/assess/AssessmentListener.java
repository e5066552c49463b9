package org.assay.assess;

import org.assay.engine.evaluation.Assessment;
import org.assay.facts.FactSet;

/**
 * Hears of every {@link Recording#RECORDED recorded} assessment, after it succeeded; a bean that
 * implements this is found and called by {@link Assessor}. It runs on the request thread, so it must do little and hand any slow
 * work elsewhere; whatever it throws is logged and never fails the assessment.
 */
public interface AssessmentListener {

    /**
     * @param assessment what was concluded, with the id its answer gives
     * @param facts      the fact set that was assessed, as resolved from the request
     */
    default void assessed(Assessment assessment, FactSet facts) {
    }
}

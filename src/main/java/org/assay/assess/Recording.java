package org.assay.assess;

/** Whether an assessment is one a user asked for, or one Assay makes to answer something else. */
public enum Recording {
    /**
     * Given an {@link AssessmentIds id}, counted in the metrics and told to every {@link AssessmentListener}, so that it
     * is in the assessment log under that id.
     */
    RECORDED,
    /**
     * Neither counted nor logged: a check made on the way to another answer (a counterfactual's
     * verification, a replay of the log, a pack test), which no user asked to have assessed.
     */
    INTERNAL
}

package org.assay.store;

/** No entry of the assessment log has that assessment id. */
public class UnknownAssessmentException extends RuntimeException {
    public UnknownAssessmentException(String id) {
        super("no logged assessment \"" + id + "\": an assessment is logged unless assay.log.enabled is false, and kept for assay.log.max-age");
    }
}

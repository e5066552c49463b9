/**
 * Assessments as users and Assay's own checks ask for them: one door reads a request against one pack
 * version, one assesses the fact set it resolves to and says whether that assessment is recorded.
 */
package org.assay.assess;

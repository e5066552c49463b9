package org.assay.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** The body of a comparison, for the OpenAPI document: the candidate's DRL files by name. */
@Schema(description = "A candidate version of the serving pack: DRL files that replace or add to the pack's, or null to remove one")
public record CandidateRequest(
        @Schema(description = "file name (e.g. eufor.drl) -> its full DRL text, or null to remove the file", required = true)
        Map<String, String> files) {
}

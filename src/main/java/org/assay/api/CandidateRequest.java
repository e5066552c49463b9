package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.engine.loading.DrlEdits;
import org.assay.facts.Violation;
import org.assay.tester.CandidateException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of a validation or a comparison, {@code {"files": {"eufor.drl": "<DRL>", "old.drl": null}}}:
 * DRL files that replace or add to the pack's, or null to remove one. Both read it here, so that
 * both accept the same files and refuse the same faults.
 */
@Schema(description = "A candidate version of the serving pack: DRL files that replace or add to the pack's, or null to remove one")
public record CandidateRequest(
        @Schema(description = "file name (e.g. eufor.drl) -> its full DRL text, or null to remove the file", required = true)
        Map<String, String> files) {
    private static final String SHAPE = "{\"files\": {\"<name>.drl\": \"<DRL text>\" or null, ...}}";

    /** The files a body gives; every fault at once, by its place in the body, as an invalid candidate. */
    static DrlEdits read(JsonNode body) {
        List<Violation> faults = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        if (body == null || !body.isObject()) {
            faults.add(new Violation("", "expected an object " + SHAPE + ", got " + kind(body)));
        } else {
            body.fieldNames().forEachRemaining(name -> {
                if (!"files".equals(name)) {
                    faults.add(new Violation(name, "unknown member; the body is " + SHAPE));
                }
            });
            JsonNode given = body.get("files");
            if (given == null || !given.isObject() || given.isEmpty()) {
                faults.add(new Violation("files", "expected an object of at least one DRL file name -> its text (or null to remove it)"));
            } else {
                given.fields().forEachRemaining(file -> {
                    String where = "files." + file.getKey();
                    if (!DrlEdits.isFileName(file.getKey())) {
                        faults.add(new Violation(where, "expected a plain file name ending in .drl, without folders,"
                                + " of letters, digits, '_', '.' and '-', not starting with '.' or '-'"));
                    } else if (!file.getValue().isTextual() && !file.getValue().isNull()) {
                        faults.add(new Violation(where, "expected the file's DRL as a string, or null to remove the file; got "
                                + kind(file.getValue())));
                    } else {
                        files.put(file.getKey(), file.getValue().isNull() ? null : file.getValue().asText());
                    }
                });
            }
        }
        if (!faults.isEmpty()) {
            throw new CandidateException(CandidateException.Reason.MALFORMED, "The DRL files given have " + faults.size() + " fault(s)", faults);
        }
        return new DrlEdits(files);
    }

    private static String kind(JsonNode node) {
        return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}

package org.assay.tester;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Objects;

/**
 * How one test or named scenario comes out differently under two versions of a pack: the verdict
 * and test status on each side, and the findings and measures the new version adds or removes.
 *
 * @param kind {@code test} or {@code scenario}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(requiredProperties = {"kind", "name"})
public record CaseChange(String kind, String name, Side before, Side after, List<String> findingsAdded,
                         List<String> findingsRemoved, List<String> measuresAdded, List<String> measuresRemoved) {

    /**
     * One version's outcome: its verdict and, for a test, PASS or FAIL; or why it could not be assessed.
     *
     * @param outcome what the version concluded, null when it could not assess the case
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(extensions = @Extension(name = "x-assay-omits-empty", value = "true"))
    public record Side(String verdict, @Schema(enumeration = {"PASS", "FAIL"}, nullable = true) String test, String problem, @JsonIgnore PackTest.Outcome outcome) {
    }

    /** The change from one side to the other, or null when both come out the same. */
    static CaseChange between(String kind, String name, Side before, Side after) {
        List<String> findingsBefore = before.outcome() == null ? List.of() : before.outcome().findings();
        List<String> findingsAfter = after.outcome() == null ? List.of() : after.outcome().findings();
        List<String> measuresBefore = before.outcome() == null ? List.of() : before.outcome().measures();
        List<String> measuresAfter = after.outcome() == null ? List.of() : after.outcome().measures();
        CaseChange change = new CaseChange(kind, name, before, after, minus(findingsAfter, findingsBefore), minus(findingsBefore, findingsAfter),
                minus(measuresAfter, measuresBefore), minus(measuresBefore, measuresAfter));
        boolean same = Objects.equals(before.verdict(), after.verdict()) && Objects.equals(before.test(), after.test())
                && Objects.equals(before.problem(), after.problem()) && change.findingsAdded().isEmpty()
                && change.findingsRemoved().isEmpty() && change.measuresAdded().isEmpty() && change.measuresRemoved().isEmpty();
        return same ? null : change;
    }

    private static List<String> minus(List<String> these, List<String> those) {
        return these.stream().filter(id -> !those.contains(id)).sorted().toList();
    }

    /** A few lines for a terminal: the case, each side, and what was added or removed. */
    public String report() {
        StringBuilder text = new StringBuilder(kind).append(' ').append(name).append(": ")
                .append(side(before)).append(" -> ").append(side(after));
        line(text, "findings added", findingsAdded);
        line(text, "findings removed", findingsRemoved);
        line(text, "measures added", measuresAdded);
        line(text, "measures removed", measuresRemoved);
        return text.toString();
    }

    private static String side(Side side) {
        if (side.problem() != null) {
            return "(" + side.problem() + ")";
        }
        return side.verdict() + (side.test() == null ? "" : " " + side.test());
    }

    private static void line(StringBuilder text, String label, List<String> ids) {
        if (!ids.isEmpty()) {
            text.append("\n  ").append(label).append(": ").append(String.join(", ", ids));
        }
    }
}

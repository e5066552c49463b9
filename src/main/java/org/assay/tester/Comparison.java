package org.assay.tester;

import java.util.List;

/**
 * What changes between two versions of a pack, case by case.
 *
 * @param before the old version's content hash
 * @param after  the new version's content hash
 * @param cases  how many tests and named scenarios were assessed with both
 */
public record Comparison(String pack, String before, String after, int cases, List<CaseChange> changes) {

    /** A few lines for a terminal: what was compared, each change, and how many changed. */
    public String report() {
        StringBuilder text = new StringBuilder(pack).append(' ').append(before).append(" -> ").append(after).append(": ")
                .append(cases).append(" tests and scenarios assessed with both versions");
        changes.forEach(change -> text.append('\n').append(change.report()));
        return text.append('\n').append(changes.size()).append(" of ").append(cases).append(" outcomes change").toString();
    }
}

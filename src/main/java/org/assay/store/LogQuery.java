package org.assay.store;

import org.assay.facts.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which assessment log entries a client asks for: of one pack, with one verdict, assessed from
 * {@code from} (inclusive) until {@code to} (exclusive), one page of them. Every filter is optional.
 */
public record LogQuery(String pack, String verdict, Instant from, Instant to, Page page) {

    /**
     * The query that the parameters describe; a bad parameter is a 400 that names it.
     *
     * @param levels the verdicts there are to filter by: the pack's headline levels, or every serving pack's
     */
    public static LogQuery parse(String pack, String verdict, String from, String to, String limit, String offset,
                                 int defaultLimit, int maxLimit, Collection<String> levels) {
        List<Violation> violations = new ArrayList<>();
        String level = Filter.given(verdict);
        if (level != null && !levels.contains(level)) {
            violations.add(new Violation("verdict", "expected one of " + levels + ", got \"" + verdict + "\""));
        }
        Instant since = time("from", from, violations);
        Instant until = time("to", to, violations);
        if (since != null && until != null && !since.isBefore(until)) {
            violations.add(new Violation("to", "expected a time after from (" + since + "), got " + until));
        }
        Page page = Page.parse(limit, offset, defaultLimit, maxLimit, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The query has " + violations.size() + " fault(s)", violations);
        }
        return new LogQuery(Filter.given(pack), level, since, until, page);
    }

    /** The filters as a WHERE clause. */
    Filter filter() {
        Filter filter = new Filter();
        if (pack != null) {
            filter.add("pack = ?", pack);
        }
        if (verdict != null) {
            filter.add("verdict = ?", verdict);
        }
        if (from != null) {
            filter.add("assessed_at >= ?", ScenarioStore.utc(from));
        }
        if (to != null) {
            filter.add("assessed_at < ?", ScenarioStore.utc(to));
        }
        return filter;
    }

    private static Instant time(String name, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // A '+' of an offset that was not percent-encoded arrives as a space.
        String iso = text.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                violations.add(new Violation(name, "expected an ISO-8601 time such as 2026-01-31T12:00:00Z, or a date "
                        + "such as 2026-01-31 (midnight UTC), got \"" + text + "\""));
                return null;
            }
        }
    }
}

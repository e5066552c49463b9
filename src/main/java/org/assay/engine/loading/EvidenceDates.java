package org.assay.engine.loading;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The dates evidence may carry: a day, a month or a year, as precise as the record is, and no more. */
public final class EvidenceDates {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private EvidenceDates() {
    }

    public static boolean valid(String asOf) {
        try {
            if (asOf.length() == 10) {
                LocalDate.parse(asOf);
            } else if (asOf.length() == 7) {
                YearMonth.parse(asOf);
            } else if (!YEAR.matcher(asOf).matches()) {
                return false;
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether a name is a snapshot's: a calendar day, {@code 2026-12-01}. */
    public static boolean isDay(String name) {
        try {
            return name.length() == 10 && LocalDate.parse(name) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

package org.assay.assess;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ids of recorded assessments, by which a client cites, fetches and replays exactly one decision.
 * An id is a random UUID: 122 bits from a cryptographic generator, so no one finds another user's
 * assessment by guessing, and no two replicas or restarts hand out the same one without any
 * coordination. The log orders its entries by time, so an id needs no order of its own.
 */
public final class AssessmentIds {
    /** The canonical form {@link UUID#toString} writes; {@link UUID#fromString} alone would accept {@code 1-2-3-4-5}. */
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private AssessmentIds() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }

    /** Whether the text is an id as this class writes them (lower-case hex), so that a malformed one is refused before a lookup. */
    public static boolean wellFormed(String text) {
        return text != null && WELL_FORMED.matcher(text).matches();
    }
}

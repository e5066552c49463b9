package org.assay.engine.outcome;

/**
 * A level a rule reaches on one of the pack's ratings. Several rules may each insert one; each rating takes
 * the worst level reached on it, so a pack states each level's own condition and never has to rank them.
 */
public final class Verdict {
    private final String rating;
    private final String level;
    private final String reason;

    /**
     * A level on the pack's one rating, for a pack that declares no ratings of its own or just one.
     */
    public Verdict(VerdictLevel level, String reason) {
        this(null, level.name(), reason);
    }

    /**
     * @param rating the id of a rating the pack declares, or null in a pack with one rating
     * @param level  one of that rating's levels
     */
    public Verdict(String rating, String level, String reason) {
        this.rating = rating;
        this.level = level;
        this.reason = reason;
    }

    public static Verdict of(String rating, String level, String format, Object... args) {
        return new Verdict(rating, level, Text.format(format, args));
    }

    /** The rating this level is on, or null for the pack's only rating. */
    public String getRating() {
        return rating;
    }

    public String getLevel() {
        return level;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "Verdict[" + (rating == null ? "" : rating + " ") + level + ": " + reason + "]";
    }
}

package org.assay.work;

/**
 * A well-formed request whose stated or estimated work exceeds a configured bound, refused before
 * any of the work starts (or, for a time limit, stopped when the bound was reached).
 *
 * @see #field()
 * @see #property()
 */
public class LimitExceededException extends RuntimeException {
    private final String field;
    private final String property;

    /**
     * @param field    where in the request the excess is, as an error path ("levers", "" for the whole body)
     * @param property the configuration property that sets the bound, such as {@code assay.sweeps.max-variants}
     */
    public LimitExceededException(String field, String property, String message) {
        super(message);
        this.field = field;
        this.property = property;
    }

    public String field() {
        return field;
    }

    public String property() {
        return property;
    }
}

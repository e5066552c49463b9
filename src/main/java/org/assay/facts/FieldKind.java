package org.assay.facts;

/** The JSON shape a declared field accepts. */
public enum FieldKind {
    STRING("a string"),
    INTEGER("an integer"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    ENUM("one of the allowed values"),
    LIST("a list of strings, numbers or booleans"),
    UNSUPPORTED("nothing: this field's type cannot be set from JSON");

    private final String expected;

    FieldKind(String expected) {
        this.expected = expected;
    }

    /** How an error message names what this kind expects. */
    public String expected() {
        return expected;
    }
}

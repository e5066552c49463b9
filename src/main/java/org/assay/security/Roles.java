package org.assay.security;

/** The roles the service knows; a user from configuration or a token's {@code groups} claim grants them. */
public final class Roles {
    /** Saves scenarios, and changes or deletes their own. */
    public static final String ANALYST = "analyst";
    /** Changes, reloads, validates and tests rules; may also save scenarios. */
    public static final String RULE_AUTHOR = "rule-author";
    /** Changes or deletes anyone's scenario, also those saved before scenarios had owners. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

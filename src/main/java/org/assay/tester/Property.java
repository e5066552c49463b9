package org.assay.tester;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * A statement about a pack that must hold over whole ranges of its levers, not one case, read from
 * {@code tests/properties.yaml}. Each kind says what it claims and how a counterexample is found.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MonotoneProperty.class, name = MonotoneProperty.KIND),
        @JsonSubTypes.Type(value = ReachableProperty.class, name = ReachableProperty.KIND),
        @JsonSubTypes.Type(value = RequiresProperty.class, name = RequiresProperty.KIND),
        @JsonSubTypes.Type(value = NeverProperty.class, name = NeverProperty.KIND),
        @JsonSubTypes.Type(value = UnaffectedProperty.class, name = UnaffectedProperty.KIND)})
public sealed interface Property permits MonotoneProperty, ReachableProperty, RequiresProperty, NeverProperty, UnaffectedProperty {

    String name();

    String note();

    /**
     * Where the search starts: {@code baseline}, {@code scenarios} (every named scenario),
     * {@code scenario:NAME} or {@code test:NAME}; null means the baseline and every named scenario.
     */
    List<String> from();

    String kind();

    /** Checks the property over the lever space from the given bases, stopping at the first counterexample. */
    PropertyResult check(LeverSpace space, List<LeverSpace.Base> bases);

    /** Whether a finding id matches a pattern: the id itself, or a prefix ending in {@code *} ({@code VETO_POINT:*}). */
    static boolean matches(String pattern, String id) {
        return pattern.endsWith("*") ? id.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(id);
    }
}

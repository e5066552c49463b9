package org.assay.engine.loading;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-language hints for the mistakes rule authors make most, read from a problem's message and
 * what the pack declares: a fact type or field that does not exist (with the nearest name), a
 * measure id the pack does not declare, a rule without {@code @source}, a refused reference.
 */
public final class Hints {
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w$.]+)'|Unable to find class: ([\\w$.]+)");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_GETTER = Pattern.compile("The method (?:get|is)(\\w+)\\(\\) is undefined for the type (\\w+)");
    private static final Pattern UNPARSED_FIELD = Pattern.compile("Unable to parse left part of expression: (\\w+).*, in a pattern of (\\w+)$");
    private static final Pattern UNKNOWN_MEASURE = Pattern.compile("recommends measure \"([^\"]*)\"");
    private static final Pattern UNKNOWN_SOURCE = Pattern.compile("cites \"(\\S*)");

    private Hints() {
    }

    public static String of(CompileProblem problem, DrlOutline outline, PackManifest manifest) {
        String message = problem.message();
        Matcher m;
        if (message.contains("may not loop")) {
            return "Count or collect in the condition instead (accumulate(..., count(...)) or collectList), or stream over the"
                    + " collection in the consequence ($list.stream().filter(...).count()): both are bounded by the facts.";
        }
        if (message.startsWith("refused:")) {
            return "Rules may only read facts and insert findings, recommendations and verdicts. If this pack truly needs more,"
                    + " the operator can trust it: trusted: true in pack.yaml and its id in assay.rules.trusted-packs.";
        }
        if ((m = UNKNOWN_TYPE.matcher(message)).find()) {
            return unknownType(m.group(1) != null ? m.group(1) : m.group(2), outline);
        }
        if ((m = UNKNOWN_FIELD.matcher(message)).find()) {
            return unknownField(m.group(1), m.group(2), outline);
        }
        if ((m = UNPARSED_FIELD.matcher(message)).find()) {
            return unknownField(m.group(2), m.group(1), outline);
        }
        if ((m = UNKNOWN_GETTER.matcher(message)).find()) {
            String field = Character.toLowerCase(m.group(1).charAt(0)) + m.group(1).substring(1);
            return unknownField(m.group(2), field, outline);
        }
        if ((m = UNKNOWN_MEASURE.matcher(message)).find()) {
            return "Measure ids are stable names that analysts and other systems look for" + nearest(m.group(1), manifest.measures())
                    + ". If \"" + m.group(1) + "\" is a new measure, add it to measures: in pack.yaml.";
        }
        Set<String> sources = new TreeSet<>(manifest.sources().keySet());
        if (message.endsWith("has no @source")) {
            return "Every rule says where its policy comes from: add @source(\"KEY section\") after the rule's name, where KEY is one of"
                    + " pack.yaml's sources (" + String.join(", ", sources) + ").";
        }
        if ((m = UNKNOWN_SOURCE.matcher(message)).find()) {
            return "Start @source with a key of pack.yaml's sources" + nearest(m.group(1), sources) + "; the keys are " + String.join(", ", sources) + ".";
        }
        if (message.contains("mismatched input") || message.contains("missing") && message.contains("[ERR")) {
            return "The DRL does not parse here: look for an unclosed parenthesis, bracket or quote on this line or just before it.";
        }
        if (message.contains("cannot be resolved")) {
            return "A name is not known here: bind variables in the when part ($x : Type(...)); if another error names an unknown"
                    + " type or field, fix that one first.";
        }
        return null;
    }

    private static String unknownType(String type, DrlOutline outline) {
        Set<String> known = new TreeSet<>(outline.types().keySet());
        known.addAll(outline.imported());
        return "There is no fact type " + type + nearest(type, known) + ". The pack declares " + String.join(", ", outline.types().keySet())
                + "; other classes need an import.";
    }

    private static String unknownField(String type, String field, DrlOutline outline) {
        Set<String> fields = outline.types().get(type);
        if (fields == null) {
            return type + " has no field " + field + ".";
        }
        return type + " has no field " + field + nearest(field, fields) + ". Its fields are " + String.join(", ", fields) + ".";
    }

    private static String nearest(String wrong, Collection<String> known) {
        return NearestName.to(wrong, known).map(name -> " (did you mean " + name + "?)").orElse("");
    }
}

package org.assay.engine.loading;

import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a parsed pattern's constraints into a {@link Constraint}, as the compiler's own expression parser
 * splits them ({@code kind in (A, B)} becomes {@code kind == A || kind == B}). A literal is read for the
 * type of the field it is compared with: {@code FindingKind.BLOCKER} is an enum constant only where the
 * field's type is that enum and has that constant.
 */
final class ConstraintReader {
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?[lLdDfFbBiI]?");
    private static final Constraint UNKNOWN = new Constraint.Unknown();

    /** The Java type of each field of the pattern's type; null for a name that is no field of it. */
    private final Function<String, Class<?>> fieldTypes;

    private ConstraintReader(Function<String, Class<?>> fieldTypes) {
        this.fieldTypes = fieldTypes;
    }

    static Constraint read(PatternDescr pattern, Function<String, Class<?>> fieldTypes) {
        ConstraintReader reader = new ConstraintReader(fieldTypes);
        List<Constraint> parts = new ArrayList<>();
        for (BaseDescr descr : pattern.getDescrs()) {
            parts.add(descr instanceof ExprConstraintDescr expr && expr.getType() == ExprConstraintDescr.Type.NAMED
                    ? reader.expression(expr.getExpression()) : UNKNOWN);
        }
        return parts.isEmpty() ? new Constraint.Always() : new Constraint.Joined(parts, true);
    }

    private Constraint expression(String text) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        try {
            ConstraintConnectiveDescr parsed = parser.parse(text);
            return parsed == null || parser.hasErrors() ? UNKNOWN : read(parsed);
        } catch (RuntimeException e) {
            return UNKNOWN; // the compiler accepted it; what this reader cannot parse it leaves unjudged
        }
    }

    private Constraint read(BaseDescr descr) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            List<Constraint> parts = connective.getDescrs().stream().map(this::read).toList();
            Constraint joined = connective.getConnective() == ConnectiveType.AND ? new Constraint.Joined(parts, true)
                    : connective.getConnective() == ConnectiveType.OR ? new Constraint.Joined(parts, false) : UNKNOWN;
            return connective.isNegated() ? new Constraint.Not(joined) : joined;
        }
        if (descr instanceof BindingDescr binding) {
            return binding.isUnification() ? UNKNOWN : new Constraint.Always();
        }
        if (descr instanceof RelationalExprDescr relation) {
            Constraint compared = compare(relation);
            return relation.isNegated() ? new Constraint.Not(compared) : compared;
        }
        return UNKNOWN;
    }

    private Constraint compare(RelationalExprDescr relation) {
        String field = field(relation.getLeft());
        Class<?> type = field == null ? null : fieldTypes.apply(field);
        if (type == null || !OPERATORS.contains(relation.getOperator()) || !(relation.getRight() instanceof AtomicExprDescr right)) {
            return UNKNOWN;
        }
        Literal literal = literal(right.getExpression().strip(), type);
        return literal == null ? UNKNOWN : new Constraint.Compare(field, relation.getOperator(), literal.value());
    }

    /** The field a comparison's left side reads, when it is a plain field name (perhaps bound: {@code $k : kind}). */
    private static String field(BaseDescr left) {
        String text = left instanceof AtomicExprDescr atom && !atom.isLiteral() ? atom.getExpression()
                : left instanceof BindingDescr binding && !binding.isUnification() ? binding.getExpression() : null;
        return text != null && NAME.matcher(text.strip()).matches() ? text.strip() : null;
    }

    /** A literal's value; a null value is the literal {@code null}. */
    private record Literal(Object value) {
    }

    /** The literal as the field's type reads it, or null when it is no literal this reader knows for that type. */
    private static Literal literal(String text, Class<?> type) {
        if (text.equals("null")) {
            return new Literal(null);
        }
        if (type.isEnum()) {
            int dot = text.lastIndexOf('.');
            String owner = dot < 0 ? "" : text.substring(0, dot);
            String constant = text.substring(dot + 1);
            boolean named = owner.equals(type.getSimpleName()) || owner.equals(type.getName());
            return named && Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(constant))
                    ? new Literal(constant) : null;
        }
        if (text.equals("true") || text.equals("false")) {
            return new Literal(Boolean.valueOf(text));
        }
        if (NUMBER.matcher(text).matches()) {
            String digits = Character.isLetter(text.charAt(text.length() - 1)) ? text.substring(0, text.length() - 1) : text;
            return new Literal(new BigDecimal(digits));
        }
        boolean quoted = text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"));
        String inner = quoted ? text.substring(1, text.length() - 1) : null;
        return inner != null && inner.indexOf('\\') < 0 && inner.indexOf(text.charAt(0)) < 0 ? new Literal(inner) : null;
    }
}

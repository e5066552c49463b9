package org.assay.engine.sandbox;

import org.assay.engine.loading.CompileProblem;
import org.assay.engine.loading.DrlFile;
import org.assay.engine.loading.PackCompiler;

import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of an untrusted pack that Drools runs while compiling, checked on the parsed DRL before
 * anything is compiled. The bytecode check sees what assessments run; but the compiler itself loads
 * and initialises the declared types (enum constants run their arguments) and reads annotation
 * values, so here those may only be literals. Forms that schedule work on other threads (timers,
 * calendars) or make the compiler instantiate a class ({@code import accumulate}) are refused, and
 * names are kept out of the engine's and the JDK's packages and of the names the compiler generates.
 */
public final class DrlFormCheck {
    /** A string, a number, true, false, null, a plain word or a qualified constant such as {@code Stance.OPPOSED}. */
    private static final Pattern LITERAL = Pattern.compile("\\s*(\"(?:[^\"\\\\\\n]++|\\\\[^u])*+\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[dDfFlL]?"
            + "|[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)?)\\s*");
    private static final Pattern NAME = Pattern.compile("[^\"\\\\\\p{Cntrl}]{1,500}");
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern GENERATED_NAME = Pattern.compile("(Rules|DomainClassesMetadata|Lambda|ProjectModel).*");
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie",
            "org.mvel2", "org.assay.engine", "org.assay.api", "org.assay.store", "org.assay.facts", "org.assay.whatif",
            "org.assay.tester", "org.assay.cli");
    private static final Set<String> DATA_TYPES = Set.of("String", "java.lang.String", "Integer", "java.lang.Integer", "Long",
            "java.lang.Long", "Short", "java.lang.Short", "Double", "java.lang.Double", "Float", "java.lang.Float", "Boolean",
            "java.lang.Boolean", "Character", "java.lang.Character", "Byte", "java.lang.Byte", "Number", "java.lang.Number",
            "BigDecimal", "java.math.BigDecimal", "int", "long", "short", "double", "float", "boolean", "char", "byte",
            "List", "java.util.List", "Set", "java.util.Set", "Map", "java.util.Map", "Collection", "java.util.Collection", "Object",
            "java.lang.Object");
    private static final Set<String> REFUSED_ATTRIBUTES = Set.of("timer", "calendars", "duration");
    /** Ten times bih-nato's; compiling a thousand rules takes seconds, seven thousand took a minute and a half. */
    private static final int MOST_RULES = 1_000;
    private static final String ALLOWED = "; see docs/sandbox.md";

    private final DrlFile file;
    private final List<CompileProblem> problems;

    private DrlFormCheck(DrlFile file, List<CompileProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Every refused form in the files, with file, line and column; empty when all pass. Files that do not parse are left to the compiler. */
    public static List<CompileProblem> check(List<DrlFile> files) {
        Map<DrlFile, PackageDescr> parsed = new LinkedHashMap<>();
        for (DrlFile file : files) {
            PackageDescr descr = parse(file);
            if (descr != null) {
                parsed.put(file, descr);
            }
        }
        Set<String> declared = declaredTypes(parsed.values());
        List<CompileProblem> problems = new ArrayList<>();
        int rules = 0;
        for (Map.Entry<DrlFile, PackageDescr> file : parsed.entrySet()) {
            new DrlFormCheck(file.getKey(), problems).check(file.getValue(), declared);
            int before = rules;
            rules += file.getValue().getRules().size();
            if (rules > MOST_RULES) {
                RuleDescr over = file.getValue().getRules().get(MOST_RULES - before);
                problems.add(new CompileProblem(file.getKey().path(), Math.max(over.getLine(), 1), 1, "refused: rule \"" + over.getName()
                        + "\" is the pack's " + (MOST_RULES + 1) + "th; a pack has at most " + MOST_RULES
                        + " rules and queries, since compiling many more would hold the loader for minutes" + ALLOWED));
                break;
            }
        }
        problems.sort(PackCompiler.BY_PLACE);
        return problems;
    }

    static PackageDescr parse(DrlFile file) {
        try {
            return new DrlParser().parse(false, file.text());
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            return null; // the compiler reports why it does not parse
        }
    }

    private static Set<String> declaredTypes(Collection<PackageDescr> packages) {
        Set<String> names = new HashSet<>();
        for (PackageDescr pkg : packages) {
            for (AbstractClassTypeDeclarationDescr type : pkg.getClassAndEnumDeclarationDescrs()) {
                names.add(type.getTypeName());
                names.add(type.getFullTypeName());
            }
        }
        return names;
    }

    private void check(PackageDescr pkg, Set<String> declared) {
        String name = pkg.getName() == null ? "" : pkg.getName();
        for (String reserved : RESERVED_PACKAGES) {
            if (name.equals(reserved) || name.startsWith(reserved + ".")) {
                refuse(pkg, "package " + name + " is the engine's or the JDK's; name the pack's own package, e.g. org.assay.packs.mypack");
            }
        }
        attributes(pkg.getAttributes());
        pkg.getAccumulateImports().forEach(imported -> refuse(imported,
                "'import accumulate' makes the compiler create an instance of a Java class; use the built-in accumulate functions"
                        + " (count, sum, min, max, average, collectList, collectSet)"));
        for (AbstractClassTypeDeclarationDescr type : pkg.getClassAndEnumDeclarationDescrs()) {
            declaration(type, declared);
        }
        pkg.getFunctions().forEach(function -> generatedName(function, function.getName()));
        for (RuleDescr rule : pkg.getRules()) {
            name(rule, rule.getName());
            annotations(rule);
            attributes(rule.getAttributes().values());
        }
        pkg.getGlobals().forEach(global -> name(global, global.getIdentifier()));
        pkg.getEntryPointDeclarations().forEach(entryPoint -> name(entryPoint, entryPoint.getEntryPointId()));
    }

    private void declaration(AbstractClassTypeDeclarationDescr type, Set<String> declared) {
        if (type.getTypeName().contains(".") || !SIMPLE_NAME.matcher(type.getTypeName()).matches()) {
            refuse(type, "declare " + type.getTypeName() + ": a pack declares its own types by simple name, in its own package");
        }
        generatedName(type, type.getTypeName());
        for (QualifiedName parent : type.getSuperTypes()) {
            if (type instanceof EnumDeclarationDescr && parent.getFullName().equals("java.lang.Enum")) {
                continue;
            }
            if (!declared.contains(parent.getName()) && !declared.contains(parent.getFullName())) {
                refuse(type, "declare " + type.getTypeName() + " extends " + parent.getFullName()
                        + ": a declared type may extend only another type the pack declares");
            }
        }
        annotations(type);
        for (TypeFieldDescr field : type.getFields().values()) {
            annotations(field);
            String fieldType = field.getPattern() == null ? null : field.getPattern().getObjectType();
            if (fieldType != null && !DATA_TYPES.contains(fieldType) && !declared.contains(fieldType)) {
                refuse(field, type.getTypeName() + "." + field.getFieldName() + " : " + fieldType
                        + ": a field holds data: String, a boxed number or boolean, BigDecimal, a List, Set or Map, or a type the pack declares");
            }
            if (field.getInitExpr() != null && !LITERAL.matcher(field.getInitExpr()).matches()) {
                refuse(field, type.getTypeName() + "." + field.getFieldName() + " = " + field.getInitExpr().strip()
                        + ": an initial value is a literal (null, a number, a string, true/false or an enum constant)"
                        + ", because the compiler runs declared types' code before it can be checked");
            }
        }
        if (type instanceof EnumDeclarationDescr enumeration) {
            for (EnumLiteralDescr literal : enumeration.getLiterals()) {
                for (String argument : literal.getConstructorArgs()) {
                    if (!LITERAL.matcher(argument).matches()) {
                        refuse(literal, type.getTypeName() + "." + literal.getName() + "(" + argument.strip()
                                + "): an enum constant's arguments are literals, because the compiler creates the constants");
                    }
                }
            }
        }
    }

    /** Names and strings the compiler writes into generated Java: a quote or a backslash in one would end the string and start code. */
    private void name(BaseDescr where, String name) {
        if (name != null && !NAME.matcher(name).matches()) {
            refuse(where, "the name \"" + name.substring(0, Math.min(name.length(), 80)) + "\" holds a quote, a backslash or a control"
                    + " character; names are plain text");
        }
    }

    private void generatedName(BaseDescr where, String name) {
        if (name != null && GENERATED_NAME.matcher(name).matches()) {
            refuse(where, "the name " + name + " is one the compiler gives its own generated classes; choose another");
        }
    }

    private void annotations(AnnotatedBaseDescr descr) {
        Collection<AnnotationDescr> annotations = descr.getAnnotations();
        for (AnnotationDescr annotation : annotations) {
            if (!SIMPLE_NAME.matcher(annotation.getName()).matches()) {
                refuse(annotation.getLine() > 0 ? annotation : descr, "@" + annotation.getName()
                        + ": annotations are plain metadata names such as @source or @unit, not Java annotation classes");
            }
            for (Object value : annotation.getValueMap().values()) {
                if (value != null && !LITERAL.matcher(value.toString()).matches()) {
                    refuse(annotation.getLine() > 0 ? annotation : descr, "@" + annotation.getName() + "(" + value
                            + "): an annotation's value is a literal (a quoted string, a number or a word), never an expression");
                }
            }
        }
    }

    private void attributes(Collection<AttributeDescr> attributes) {
        for (AttributeDescr attribute : attributes) {
            if (REFUSED_ATTRIBUTES.contains(attribute.getName())) {
                refuse(attribute, "the '" + attribute.getName() + "' attribute schedules work on the engine's threads;"
                        + " an assessment evaluates the facts it is given, once");
            } else if (attribute.getValue() != null && attribute.getType() != AttributeDescr.Type.EXPRESSION) {
                name(attribute, attribute.getValue());
            }
            if (!attribute.getName().equals("salience") && attribute.getType() == AttributeDescr.Type.EXPRESSION) {
                // Other attributes' expressions (enabled) are compiled into the code that builds the rule base, and run then.
                refuse(attribute, "the '" + attribute.getName() + "' attribute is " + attribute.getValue().strip()
                        + ": an attribute's value is a literal; only salience may be an expression");
            }
        }
    }

    private void refuse(BaseDescr where, String message) {
        int line = Math.max(where.getLine(), 0);
        int column = Math.max(where.getColumn(), 0) + (where.getLine() > 0 ? 1 : 0);
        problems.add(new CompileProblem(file.path(), line, column, "refused: " + message + ALLOWED));
    }
}

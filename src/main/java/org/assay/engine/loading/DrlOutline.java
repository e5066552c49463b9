package org.assay.engine.loading;

import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a pack's DRL files declare, read by the parser alone (no compiling): each rule with where it
 * starts, its text and its parsed form, the declared types with their fields and the enums with their values, and
 * the names imported. It works on files that do not compile, which is when an author needs it.
 */
public final class DrlOutline {

    /** A rule as written; {@code text} has comments removed and white space collapsed, so that only real edits differ. */
    record RuleText(String name, String file, int line, String text) {
    }

    private final Map<String, RuleText> rules = new LinkedHashMap<>();
    private final Map<String, RuleDescr> descrs = new LinkedHashMap<>();
    private final Map<String, Set<String>> types = new TreeMap<>();
    private final Set<String> imported = new TreeSet<>();

    private DrlOutline() {
    }

    public static DrlOutline of(List<DrlFile> files) {
        DrlOutline outline = new DrlOutline();
        for (DrlFile file : files) {
            outline.add(file);
        }
        return outline;
    }

    private void add(DrlFile file) {
        PackageDescr parsed;
        try {
            DrlParser parser = new DrlParser();
            parsed = parser.parse(false, file.text());
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            return; // the compiler reports why it does not parse (thousands of nested parentheses overflow the parser's stack)
        }
        if (parsed == null) {
            return;
        }
        String code = DrlText.withoutComments(file.text());
        for (RuleDescr rule : parsed.getRules()) {
            int start = rule.getStartCharacter();
            int end = rule.getEndCharacter();
            String text = start >= 0 && end >= start && end < code.length() ? code.substring(start, end + 1) : rule.toString();
            rules.putIfAbsent(rule.getName(), new RuleText(rule.getName(), file.path(), rule.getLine(), text.strip().replaceAll("\\s+", " ")));
            descrs.putIfAbsent(rule.getName(), rule);
        }
        for (AbstractClassTypeDeclarationDescr type : parsed.getClassAndEnumDeclarationDescrs()) {
            Set<String> members = new LinkedHashSet<>(type.getFields().keySet());
            if (type instanceof EnumDeclarationDescr declared) {
                declared.getLiterals().stream().map(EnumLiteralDescr::getName).forEach(members::add);
            }
            types.merge(type.getTypeName(), members, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
        for (ImportDescr descr : parsed.getImports()) {
            String target = descr.getTarget();
            imported.add(target.substring(target.lastIndexOf('.') + 1));
        }
    }

    /** Every rule by name, in the order the files give them. */
    Map<String, RuleText> rules() {
        return rules;
    }

    /** Where a rule starts, when the parser found it. */
    Optional<RuleText> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /** A rule as parsed, for what its conditions test. */
    Optional<RuleDescr> descr(String name) {
        return Optional.ofNullable(descrs.get(name));
    }

    /** Declared types and enums, each with its fields or values. */
    Map<String, Set<String>> types() {
        return types;
    }

    /** Simple names of the imported classes (a wildcard import gives "*"). */
    Set<String> imported() {
        return imported;
    }
}

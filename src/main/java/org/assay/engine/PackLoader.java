package org.assay.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.facts.FactBinder;
import org.assay.facts.FactSchema;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.MergePatch;
import com.fasterxml.jackson.databind.JsonNode;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads, checks and compiles one pack folder. A pack loads only whole: its DRL passes the safety
 * check and compiles, its declared types make a schema, and its baseline binds to that schema.
 */
public final class PackLoader {
    private final PackReader reader;
    private final Set<String> trustedPacks;

    public PackLoader(ObjectMapper json) {
        this(json, Set.of());
    }

    /** @param trustedPacks the packs the operator trusts: those whose pack.yaml also says {@code trusted: true} skip the safety check */
    public PackLoader(ObjectMapper json, Set<String> trustedPacks) {
        this.reader = new PackReader(json);
        this.trustedPacks = Set.copyOf(trustedPacks);
    }

    public Pack load(Path dir) throws PackException {
        return load(reader.read(dir));
    }

    PackSource read(Path dir) throws PackException {
        return reader.read(dir);
    }

    /** Checks and compiles a pack read before, perhaps with other DRL files than its folder holds. */
    Pack load(PackSource source) throws PackException {
        List<CompileProblem> warnings = new ArrayList<>();
        String manifest = source.dir().resolve(PackReader.MANIFEST).toString();
        boolean listed = trustedPacks.contains(source.id());
        if (source.manifest().trusted() && listed) {
            warnings.add(new CompileProblem(manifest, 0, 0,
                    "the DRL safety check is skipped: the pack is trusted (trusted: true, and assay.rules.trusted-packs lists it)"));
        } else {
            if (source.manifest().trusted()) {
                warnings.add(new CompileProblem(manifest, 0, 0,
                        "pack.yaml says trusted: true, but assay.rules.trusted-packs does not list the pack, so the safety check applies"));
            }
            List<CompileProblem> refused = DrlSafetyCheck.check(source.drl());
            if (!refused.isEmpty()) {
                throw new PackException(refused);
            }
        }
        PackCompiler.Compiled compiled = PackCompiler.compile(source.drl());
        Map<String, FactType> types = SchemaReader.inputTypes(compiled.kieBase());
        FactSchema schema = SchemaReader.schema(types);
        checkBaseline(source, schema);
        ManifestCheck.check(source, schema);
        warnings.addAll(compiled.warnings());
        Map<String, RuleInfo> rules = rules(compiled.kieBase(), source.manifest(), DrlOutline.of(source.drl()), warnings);
        warnings.addAll(MeasureCheck.warnings(source.drl(), source.manifest()));
        return new Pack(source, compiled.kieBase(), schema, new FactInstantiator(types), rules, warnings);
    }

    private static void checkBaseline(PackSource source, FactSchema schema) throws PackException {
        if (source.baseline() == null) {
            if (!source.scenarios().isEmpty()) {
                throw new PackException(source.dir().resolve(PackReader.SCENARIOS).toString(), "scenarios change the baseline, but the pack has no baseline.json");
            }
            return;
        }
        check(source.baseline(), schema, source.dir().resolve(PackReader.BASELINE));
        for (Scenario scenario : source.scenarios().values()) {
            check(MergePatch.apply(source.baseline(), scenario.changes()), schema,
                    source.dir().resolve(PackReader.SCENARIOS).resolve(scenario.name() + ".json"));
        }
    }

    private static void check(JsonNode facts, FactSchema schema, Path file) throws PackException {
        try {
            new FactBinder(schema).bind(facts, file.getFileName().toString());
        } catch (InvalidFactsException e) {
            throw new PackException(e.violations().stream()
                    .map(v -> new CompileProblem(file.toString(), 0, 0, v.path() + ": " + v.message()))
                    .toList());
        }
    }

    private static Map<String, RuleInfo> rules(KieBase kieBase, PackManifest manifest, DrlOutline outline, List<CompileProblem> warnings) {
        List<Rule> all = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            all.addAll(pkg.getRules());
        }
        all.sort(Comparator.comparing(PackLoader::fileOf).thenComparingInt(r -> ((RuleImpl) r).getLoadOrder()));
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (Rule rule : all) {
            Map<String, Object> meta = rule.getMetaData();
            String source = text(meta.get("source"));
            String citation = manifest.citation(source);
            int line = outline.rule(rule.getName()).map(DrlOutline.RuleText::line).orElse(0);
            if (source == null) {
                warnings.add(new CompileProblem(fileOf(rule), line, 0, "rule \"" + rule.getName() + "\" has no @source"));
            } else if (citation == null) {
                warnings.add(new CompileProblem(fileOf(rule), line, 0, "rule \"" + rule.getName() + "\" cites \"" + source
                        + "\", whose first word is not a source key in pack.yaml"));
            }
            rules.put(rule.getName(), new RuleInfo(rule.getName(), fileOf(rule), text(meta.get("dimension")), source, citation, meta,
                    RuleConditions.unmatchedTypes((RuleImpl) rule)));
        }
        return rules;
    }

    private static String fileOf(Rule rule) {
        return PackCompiler.fileOf(((RuleImpl) rule).getResource());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

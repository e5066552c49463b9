package org.assay.engine.loading;

import org.assay.engine.Pack;
import org.assay.engine.evaluation.FactInstantiator;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.facts.FactBinder;
import org.assay.facts.FactSchema;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.MergePatch;
import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.Logger;
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
 * Reads, checks and compiles one pack folder. A pack loads only whole: its DRL passes the sandbox
 * (unless the operator trusts it) and compiles, its declared types make a schema, and its baseline binds to that schema.
 */
public final class PackLoader {
    private static final Logger LOG = Logger.getLogger(PackLoader.class);
    private final PackReader reader;
    private final Set<String> trustedPacks;

    public PackLoader(ObjectMapper json) {
        this(json, Set.of());
    }

    /** @param trustedPacks the packs the operator trusts: those whose pack.yaml also says {@code trusted: true} skip the sandbox */
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
        boolean trusted = source.manifest().trusted() && trustedPacks.contains(source.id());
        if (trusted) {
            LOG.warnf("Pack %s is trusted (trusted: true, and assay.rules.trusted-packs lists it): its DRL is compiled and run"
                    + " without the sandbox's form and bytecode checks", source.id());
            warnings.add(new CompileProblem(manifest, 0, 0,
                    "the sandbox is off: the pack is trusted (trusted: true, and assay.rules.trusted-packs lists it), so its code may use anything"));
        } else if (source.manifest().trusted()) {
            warnings.add(new CompileProblem(manifest, 0, 0,
                    "pack.yaml says trusted: true, but assay.rules.trusted-packs does not list the pack, so the sandbox applies"));
        }
        PackCompiler.Compiled compiled = PackCompiler.compile(source.drl(), trusted);
        Map<String, FactType> types = SchemaReader.inputTypes(compiled.kieBase());
        FactSchema schema = SchemaReader.schema(types);
        checkBaseline(source, schema);
        ManifestCheck.check(source, schema);
        warnings.addAll(compiled.warnings());
        DrlOutline outline = DrlOutline.of(source.drl());
        Map<String, RuleInfo> rules = rules(compiled.kieBase(), source.manifest(), outline, new RuleConditions(outline, types), warnings);
        warnings.addAll(MeasureCheck.warnings(source.drl(), source.manifest()));
        return new Pack(source, compiled.kieBase(), schema, new FactInstantiator(types), rules, warnings);
    }

    private static void checkBaseline(PackSource source, FactSchema schema) throws PackException {
        for (Snapshot snapshot : source.snapshots().values()) {
            check(snapshot.facts(), schema, source.dir().resolve(PackReader.SNAPSHOTS).resolve(snapshot.date() + ".json"));
        }
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

    private static Map<String, RuleInfo> rules(KieBase kieBase, PackManifest manifest, DrlOutline outline, RuleConditions conditions,
                                               List<CompileProblem> warnings) {
        List<Rule> all = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            all.addAll(pkg.getRules());
        }
        all.sort(Comparator.comparing((Rule r) -> fileOf(r, outline)).thenComparingInt(r -> outline.rule(r.getName()).map(DrlOutline.RuleText::line).orElse(0)));
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (Rule rule : all) {
            Map<String, Object> meta = unquoted(rule.getMetaData());
            String source = text(meta.get("source"));
            List<String> citations = manifest.citations(source);
            int line = outline.rule(rule.getName()).map(DrlOutline.RuleText::line).orElse(0);
            String file = fileOf(rule, outline);
            if (source == null) {
                warnings.add(new CompileProblem(file, line, 0, "rule \"" + rule.getName() + "\" has no @source"));
            } else if (citations.isEmpty()) {
                warnings.add(new CompileProblem(file, line, 0, "rule \"" + rule.getName() + "\" cites \"" + source
                        + "\", which names no source key of pack.yaml"));
            }
            rules.put(rule.getName(), new RuleInfo(rule.getName(), file, text(meta.get("dimension")), source, citations, meta,
                    conditions.unmatched(rule.getName())));
        }
        return rules;
    }

    private static String fileOf(Rule rule, DrlOutline outline) {
        return outline.rule(rule.getName()).map(DrlOutline.RuleText::file).orElse("(unknown file)");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The executable model keeps a metadata value as written, quotes and all: {@code @source("S1")} gives "\"S1\"". */
    private static Map<String, Object> unquoted(Map<String, Object> meta) {
        Map<String, Object> values = new LinkedHashMap<>();
        meta.forEach((key, value) -> {
            String s = value == null ? null : value.toString();
            values.put(key, s != null && s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                    ? s.substring(1, s.length() - 1).replace("\\\"", "\"") : value);
        });
        return values;
    }
}

package org.assay.engine;

import org.assay.engine.evaluation.FactInstantiator;
import org.assay.engine.loading.CompileProblem;
import org.assay.engine.loading.PackManifest;
import org.assay.engine.loading.PackSource;
import org.assay.engine.loading.Ratings;
import org.assay.engine.loading.RuleInfo;
import org.assay.engine.loading.Scenario;
import org.assay.engine.loading.Snapshot;
import org.assay.facts.NamedBases;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.facts.FactSchema;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pack compiled and ready to serve: one rule base, built once and shared by every assessment
 * of this version.
 */
public final class Pack {
    private final PackSource source;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final FactSchema schema;
    private final FactInstantiator instantiator;
    private final Map<String, RuleInfo> rules;
    private final List<CompileProblem> warnings;
    private final Map<String, JsonNode> scenarioChanges;
    private final Ratings ratings;
    private final NamedBases bases;

    public Pack(PackSource source, KieBase kieBase, FactSchema schema, FactInstantiator instantiator,
         Map<String, RuleInfo> rules, List<CompileProblem> warnings) {
        this.source = source;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.schema = schema;
        this.instantiator = instantiator;
        this.rules = rules;
        this.warnings = List.copyOf(warnings);
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        source.scenarios().forEach((name, scenario) -> changes.put(name, scenario.changes()));
        this.scenarioChanges = Collections.unmodifiableMap(changes);
        this.ratings = source.manifest().rated();
        Map<String, JsonNode> snapshotFacts = new LinkedHashMap<>();
        source.snapshots().forEach((date, snapshot) -> snapshotFacts.put(date, snapshot.facts()));
        this.bases = new NamedBases(source.baseline(), scenarioChanges, Collections.unmodifiableMap(snapshotFacts));
    }

    public String id() {
        return source.id();
    }

    public String version() {
        return source.version();
    }

    public PackManifest manifest() {
        return source.manifest();
    }

    /** The questions it rates, each on its own levels, headline first. */
    public Ratings ratings() {
        return ratings;
    }

    public FactSchema schema() {
        return schema;
    }

    /** The reference fact set, or null when the pack has none. */
    public JsonNode baseline() {
        return source.baseline();
    }

    /** The dated snapshots, by date, earliest first. */
    public Map<String, Snapshot> snapshots() {
        return source.snapshots();
    }

    /** The bases a request may name: the baseline, the named scenarios and the snapshots. */
    public NamedBases bases() {
        return bases;
    }

    /** The named what-if scenarios, by name. */
    public Map<String, Scenario> scenarios() {
        return source.scenarios();
    }

    /** Each named scenario's changes against the baseline, as a request resolves them. */
    public Map<String, JsonNode> scenarioChanges() {
        return scenarioChanges;
    }

    /** The rules by name, in the order they were written. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** What the compiler and the loader warn of; the pack serves regardless. */
    public List<CompileProblem> warnings() {
        return warnings;
    }

    /** What it was compiled from, so that a validation can compile the same pack with some files changed. */
    public PackSource source() {
        return source;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session for one evaluation, from the pack's pool: disposing it resets it for the next one.
     * A pooled session keeps the node memories a fresh one would build again, about a twentieth of
     * evaluating the bih-nato baseline. The pool grows to the most sessions in use at once.
     */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    public FactInstantiator instantiator() {
        return instantiator;
    }
}

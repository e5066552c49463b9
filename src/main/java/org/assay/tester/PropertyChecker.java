package org.assay.tester;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.Pack;
import org.assay.facts.InvalidFactsException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a pack's properties over its lever space ({@link LeverSpace#SEARCH}). Bases are named
 * {@code baseline}, {@code scenarios}, {@code scenario:NAME} or {@code test:NAME}; each is resolved and
 * explored once, however many properties start from it.
 */
public final class PropertyChecker {
    static final String BASELINE = "baseline";
    static final String SCENARIOS = "scenarios";
    static final String SCENARIO = "scenario:";
    static final String TEST = "test:";

    private final Pack pack;
    private final Map<String, PackTest> tests = new HashMap<>();
    private final Map<String, LeverSpace.Base> bases = new HashMap<>();
    private final LeverSpace space;

    public PropertyChecker(Pack pack, List<PackTest> tests, int fireLimit) {
        this.pack = pack;
        tests.forEach(test -> this.tests.put(test.name(), test));
        this.space = new LeverSpace(pack, fireLimit);
    }

    public List<PropertyResult> check(List<Property> properties) {
        List<PropertyResult> results = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            String name = property.name() == null ? "property " + (i + 1) : property.name();
            if (property.name() == null || !names.add(name)) {
                results.add(PropertyResult.invalid(name, property.kind(), property.note(),
                        property.name() == null ? "a property needs a name" : "another property has this name"));
                continue;
            }
            List<String> problems = new ArrayList<>();
            List<LeverSpace.Base> from = bases(property.from(), problems);
            if (!problems.isEmpty()) {
                results.add(PropertyResult.invalid(name, property.kind(), property.note(), "from: " + String.join("; ", problems)));
                continue;
            }
            try {
                results.add(property.check(space, from));
            } catch (EvaluationException e) {
                results.add(PropertyResult.invalid(name, property.kind(), property.note(),
                        "a variant could not be assessed (" + e.code() + "): " + e.getMessage()));
            }
        }
        return results;
    }

    private List<LeverSpace.Base> bases(List<String> named, List<String> problems) {
        List<String> names = new ArrayList<>();
        for (String entry : named == null || named.isEmpty() ? List.of(BASELINE, SCENARIOS) : named) {
            if (SCENARIOS.equals(entry)) {
                pack.scenarios().keySet().forEach(s -> names.add(SCENARIO + s));
            } else {
                names.add(entry);
            }
        }
        Map<String, LeverSpace.Base> resolved = new LinkedHashMap<>();
        for (String name : names) {
            LeverSpace.Base base = base(name, problems);
            if (base != null) {
                resolved.put(name, base);
            }
        }
        return List.copyOf(resolved.values());
    }

    private LeverSpace.Base base(String name, List<String> problems) {
        if (bases.containsKey(name)) {
            return bases.get(name);
        }
        JsonNode request = request(name);
        if (request == null) {
            problems.add("\"" + name + "\" is not a base; name baseline, scenarios, scenario:NAME or test:NAME of this pack");
            return null;
        }
        try {
            LeverSpace.Base base = new LeverSpace.Base(name, Requests.facts(pack, request));
            bases.put(name, base);
            return base;
        } catch (InvalidFactsException e) {
            e.violations().forEach(v -> problems.add(name + " has invalid facts at " + v.path() + ": " + v.message()));
            return null;
        }
    }

    private JsonNode request(String name) {
        if (BASELINE.equals(name) && pack.baseline() != null) {
            return JsonNodeFactory.instance.objectNode().put("baseline", true);
        }
        if (name.startsWith(SCENARIO) && pack.scenarios().containsKey(name.substring(SCENARIO.length()))) {
            return JsonNodeFactory.instance.objectNode().put("scenario", name.substring(SCENARIO.length()));
        }
        if (name.startsWith(TEST) && tests.containsKey(name.substring(TEST.length()))) {
            return tests.get(name.substring(TEST.length())).request();
        }
        return null;
    }
}

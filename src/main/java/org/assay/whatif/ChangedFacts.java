package org.assay.whatif;

import org.assay.facts.FactSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The leaf values that differ between two fact sets, findable by the fact or the fact type they belong to. */
final class ChangedFacts {
    private final List<Diff.ChangedFact> all = new ArrayList<>();
    private final Map<String, List<String>> pathsByFact = new LinkedHashMap<>();
    private final Map<String, List<String>> pathsByType = new LinkedHashMap<>();

    ChangedFacts(FactSet before, FactSet after) {
        Map<String, FactSet.Instance> was = byRef(before);
        Map<String, FactSet.Instance> is = byRef(after);
        Set<String> refs = new LinkedHashSet<>(was.keySet());
        refs.addAll(is.keySet());
        for (String ref : refs) {
            FactSet.Instance old = was.get(ref);
            FactSet.Instance now = is.get(ref);
            Map<String, Object> oldValues = old == null ? Map.of() : old.values();
            Map<String, Object> newValues = now == null ? Map.of() : now.values();
            Set<String> fields = new LinkedHashSet<>(oldValues.keySet());
            fields.addAll(newValues.keySet());
            String type = (old == null ? now : old).type();
            for (String field : fields) {
                if (!Objects.equals(oldValues.get(field), newValues.get(field))) {
                    add(type, ref, new Diff.ChangedFact(ref + "." + field, oldValues.get(field), newValues.get(field)));
                }
            }
            // An instance with no values that comes or goes changes no field, yet rules may match it.
            if (fields.isEmpty() && (old == null) != (now == null)) {
                add(type, ref, new Diff.ChangedFact(ref, old == null ? null : Map.of(), now == null ? null : Map.of()));
            }
        }
    }

    List<Diff.ChangedFact> all() {
        return all;
    }

    /** The changed paths of one fact, named {@code Type.id}. */
    List<String> ofFact(String ref) {
        return pathsByFact.getOrDefault(ref, List.of());
    }

    List<String> ofType(String type) {
        return pathsByType.getOrDefault(type, List.of());
    }

    /** The given paths in the order the changed facts are listed. */
    List<String> inOrder(Set<String> paths) {
        return all.stream().map(Diff.ChangedFact::path).filter(paths::contains).toList();
    }

    private void add(String type, String ref, Diff.ChangedFact change) {
        all.add(change);
        pathsByFact.computeIfAbsent(ref, r -> new ArrayList<>()).add(change.path());
        pathsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(change.path());
    }

    private static Map<String, FactSet.Instance> byRef(FactSet facts) {
        Map<String, FactSet.Instance> byRef = new LinkedHashMap<>();
        facts.instances().forEach(i -> byRef.put(i.type() + "." + i.id(), i));
        return byRef;
    }
}

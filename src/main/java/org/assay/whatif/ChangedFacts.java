package org.assay.whatif;

import org.assay.engine.loading.FactPattern;
import org.assay.facts.FactRef;
import org.assay.facts.FactSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The leaf values that differ between two fact sets, findable by the fact they belong to or by a pattern that tests such facts. */
final class ChangedFacts {
    /** One fact that differs: as it was and as it is (null where absent), and its changed paths. */
    private record Changed(FactSet.Instance before, FactSet.Instance after, List<String> paths) {
    }

    private final List<Diff.ChangedFact> all = new ArrayList<>();
    private final Map<FactRef, Changed> byFact = new LinkedHashMap<>();

    ChangedFacts(FactSet before, FactSet after) {
        Map<FactRef, FactSet.Instance> was = byRef(before);
        Map<FactRef, FactSet.Instance> is = byRef(after);
        Set<FactRef> refs = new LinkedHashSet<>(was.keySet());
        refs.addAll(is.keySet());
        for (FactRef ref : refs) {
            FactSet.Instance old = was.get(ref);
            FactSet.Instance now = is.get(ref);
            Map<String, Object> oldValues = old == null ? Map.of() : old.values();
            Map<String, Object> newValues = now == null ? Map.of() : now.values();
            Set<String> fields = new LinkedHashSet<>(oldValues.keySet());
            fields.addAll(newValues.keySet());
            for (String field : fields) {
                if (!Objects.equals(oldValues.get(field), newValues.get(field))) {
                    add(ref, old, now, new Diff.ChangedFact(ref.field(field).toString(), oldValues.get(field), newValues.get(field)));
                }
            }
            // An instance with no values that comes or goes changes no field, yet rules may match it.
            if (fields.isEmpty() && (old == null) != (now == null)) {
                add(ref, old, now, new Diff.ChangedFact(ref.toString(), old == null ? null : Map.of(), now == null ? null : Map.of()));
            }
        }
    }

    List<Diff.ChangedFact> all() {
        return all;
    }

    /** The changed paths of one fact. */
    List<String> ofFact(FactRef ref) {
        Changed changed = byFact.get(ref);
        return changed == null ? List.of() : changed.paths();
    }

    /** The changed paths of the facts that could satisfy the pattern before the change or after it. */
    List<String> testedBy(FactPattern pattern) {
        List<String> paths = new ArrayList<>();
        byFact.values().stream().filter(c -> pattern.mayMatch(c.before()) || pattern.mayMatch(c.after()))
                .forEach(c -> paths.addAll(c.paths()));
        return paths;
    }

    /** The given paths in the order the changed facts are listed. */
    List<String> inOrder(Set<String> paths) {
        return all.stream().map(Diff.ChangedFact::path).filter(paths::contains).toList();
    }

    private void add(FactRef ref, FactSet.Instance before, FactSet.Instance after, Diff.ChangedFact change) {
        all.add(change);
        byFact.computeIfAbsent(ref, r -> new Changed(before, after, new ArrayList<>())).paths().add(change.path());
    }

    private static Map<FactRef, FactSet.Instance> byRef(FactSet facts) {
        Map<FactRef, FactSet.Instance> byRef = new LinkedHashMap<>();
        facts.instances().forEach(i -> byRef.put(FactRef.of(i), i));
        return byRef;
    }
}

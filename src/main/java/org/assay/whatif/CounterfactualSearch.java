package org.assay.whatif;

import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.evaluation.VariantSession;
import org.assay.facts.FieldPath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Finds the cheapest sets of lever changes that reach a target.
 *
 * <p>Why the answers are minimal: a set's cost is the sum of its levers' costs, whatever values
 * they take, and every cost is positive. Sets of levers are taken from a priority queue in order of
 * cost (then size), each set exactly once: levers are sorted by cost, and a set's successors are
 * the set plus the next lever and the set with its last lever swapped for the next one, neither
 * cheaper than the set itself. Every combination of candidate values of a set is assessed before
 * a dearer set is taken. So the first answer found has the least cost of any answer over the
 * candidate values, and no cheaper answer exists within the bounds (how many levers may change,
 * how many assessments may run); a search stopped by a bound says so and how far it got. Sets that
 * contain an answer already found are skipped, so every answer is minimal as a set: removing any
 * change loses the target. The minimality holds over the candidate values: every declared value of
 * a lever with values, and for a range either every step ({@code exhaustive}) or one value per
 * stretch of the range along which the base's outcome stays the same.
 */
final class CounterfactualSearch {

    /** One answer: the lever changes (path to new value) in lever order, and what they cost. */
    record Solution(Map<FieldPath, Object> changes, double cost, VariantOutcome outcome) {
    }

    /** How the search ended. */
    /** @param stoppedBy what ended an incomplete search: {@code assessments} or {@code time}; null when complete */
    /**
     * @param standing the findings every variant tried before the first answer still raised: what stood in the way
     *                 of every cheaper combination, or of every combination when there is no answer
     */
    record Result(List<Solution> solutions, long assessments, long setsExplored, boolean complete, double exploredBelowCost,
                  String stoppedBy, Set<String> standing) {
    }

    private record LeverSet(int[] levers, double cost, long mask) {
    }

    private final List<Candidate> candidates;
    private final Target target;
    private final int maxChanges;
    private final long maxAssessments;
    private final int wanted;
    private final long deadline;
    private Set<String> standing;

    /** @param deadline by {@link System#nanoTime()}, when the search stops whatever it has found */
    CounterfactualSearch(List<Candidate> candidates, Target target, int maxChanges, long maxAssessments, int wanted, long deadline) {
        this.deadline = deadline;
        this.candidates = candidates.stream().sorted(Comparator.comparingDouble(Candidate::cost)).toList();
        this.target = target;
        this.maxChanges = maxChanges;
        this.maxAssessments = maxAssessments;
        this.wanted = wanted;
    }

    Result run(VariantSession session) {
        List<Solution> solutions = new ArrayList<>();
        List<Long> solvedMasks = new ArrayList<>();
        PriorityQueue<LeverSet> queue = new PriorityQueue<>(Comparator.comparingDouble(LeverSet::cost)
                .thenComparingInt(s -> s.levers().length));
        if (!candidates.isEmpty() && maxChanges > 0) {
            queue.add(new LeverSet(new int[] {0}, candidates.get(0).cost(), 1L));
        }
        long assessments = 0;
        long explored = 0;
        while (!queue.isEmpty() && solutions.size() < wanted) {
            LeverSet set = queue.poll();
            successors(set, queue);
            if (solvedMasks.stream().anyMatch(m -> (set.mask() & m) == m)) {
                continue;
            }
            long room = maxAssessments - assessments;
            long combinations = combinations(set);
            if (combinations > room || System.nanoTime() > deadline) {
                return new Result(solutions, assessments, explored, false, set.cost(), combinations > room ? "assessments" : "time",
                        standing());
            }
            assessments += combinations;
            explored++;
            solutions.addAll(assess(set, session, solvedMasks));
        }
        boolean complete = queue.isEmpty() || solutions.size() >= wanted;
        return new Result(solutions.size() > wanted ? solutions.subList(0, wanted) : solutions, assessments, explored, complete,
                queue.isEmpty() ? Double.POSITIVE_INFINITY : queue.peek().cost(), null, standing());
    }

    private Set<String> standing() {
        return standing == null ? Set.of() : Set.copyOf(standing);
    }

    private void successors(LeverSet set, PriorityQueue<LeverSet> queue) {
        int[] levers = set.levers();
        int last = levers[levers.length - 1];
        if (last + 1 >= candidates.size()) {
            return;
        }
        double next = candidates.get(last + 1).cost();
        if (levers.length < maxChanges) {
            int[] grown = java.util.Arrays.copyOf(levers, levers.length + 1);
            grown[levers.length] = last + 1;
            queue.add(new LeverSet(grown, set.cost() + next, set.mask() | 1L << (last + 1)));
        }
        int[] swapped = levers.clone();
        swapped[levers.length - 1] = last + 1;
        queue.add(new LeverSet(swapped, set.cost() - candidates.get(last).cost() + next,
                (set.mask() & ~(1L << last)) | 1L << (last + 1)));
    }

    private long combinations(LeverSet set) {
        long product = 1;
        for (int lever : set.levers()) {
            product = Math.multiplyExact(product, candidates.get(lever).alternatives().size());
        }
        return product;
    }

    /** Every combination of the set's candidate values, as an odometer over their alternatives. */
    private List<Solution> assess(LeverSet set, VariantSession session, List<Long> solvedMasks) {
        List<Solution> found = new ArrayList<>();
        int[] levers = set.levers();
        int[] digits = new int[levers.length];
        while (true) {
            Map<FieldPath, Object> changes = new LinkedHashMap<>();
            for (int i = 0; i < levers.length; i++) {
                Candidate candidate = candidates.get(levers[i]);
                changes.put(candidate.path(), candidate.alternatives().get(digits[i]));
            }
            VariantOutcome outcome = session.assess(changes);
            if (target.metBy(outcome)) {
                found.add(new Solution(changes, set.cost(), outcome));
                if (found.size() == 1) {
                    solvedMasks.add(set.mask());
                }
            } else if (solvedMasks.isEmpty()) {
                if (standing == null) {
                    standing = new HashSet<>(outcome.findings().keySet());
                } else {
                    standing.retainAll(outcome.findings().keySet());
                }
            }
            int i = levers.length - 1;
            while (i >= 0 && ++digits[i] == candidates.get(levers[i]).alternatives().size()) {
                digits[i--] = 0;
            }
            if (i < 0) {
                return found;
            }
        }
    }
}

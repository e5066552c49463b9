package org.assay.bench;

import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.BenchDoor;
import org.assay.facts.FactSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The synthetic grid: every engine runs the same generated rules on the same items. Each starts from
 * facts already in memory and typed (Assay from a bound fact set, the peers from the items), and
 * ends with the outcomes it fired; Assay's come explained, with the trace. Assay and its peers have
 * states of their own, so a fork that times a peer compiles no pack; each checks its outcomes against
 * the spec before it is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GridBench {

    @State(Scope.Benchmark)
    public abstract static class Point {
        @Param({"20", "100", "200"})
        public int facts;

        @Param({"30", "100", "300"})
        public int rules;

        GridPoint point() {
            return GridPoint.timed(facts, rules);
        }
    }

    public static class AssayState extends Point {
        ServiceEvaluator service;
        AssayPeer assay;
        FactSet factSet;
        List<Object> droolsFacts;

        @Setup(Level.Trial)
        public void setUp() {
            ServiceLogging.apply();
            GridPoint point = point();
            service = new ServiceEvaluator();
            assay = new AssayPeer(point.rules);
            factSet = assay.factSet(point.items);
            droolsFacts = BenchDoor.facts(assay.pack(), factSet);
            Outcomes.require("Assay", point.where(), point.expected, AssayPeer.fired(assay.assess(service.evaluator, factSet)));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            service.close();
        }
    }

    /** Both peers: neither needs a rule base compiled, so building the one a fork does not time costs little. */
    public static class PeerState extends Point {
        List<SyntheticRules.Item> items;
        EasyRulesPeer easyRules;
        IndexedPeer indexed;

        @Setup(Level.Trial)
        public void setUp() {
            ServiceLogging.apply();
            GridPoint point = point();
            items = point.items;
            easyRules = new EasyRulesPeer(point.rules);
            indexed = new IndexedPeer(point.rules);
            Outcomes.require("Easy Rules", point.where(), point.expected, easyRules.fire(items));
            Outcomes.require("hand-written", point.where(), point.expected, indexed.fire(items));
        }
    }

    @Benchmark
    public Assessment assay(AssayState s) {
        return s.assay.assess(s.service.evaluator, s.factSet);
    }

    /** The same rule base with no listener and no explanation: what Assay adds on top of Drools. */
    @Benchmark
    public void droolsExecute(AssayState s) {
        s.assay.kieBase().newStatelessKieSession().execute(s.droolsFacts);
    }

    @Benchmark
    public List<String> easyRules(PeerState s) {
        return s.easyRules.fire(s.items);
    }

    @Benchmark
    public List<String> handWritten(PeerState s) {
        return s.indexed.fire(s.items);
    }
}

package org.assay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.BenchDoor;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackLoader;
import org.assay.facts.FactSet;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bih-nato baseline three ways: a whole assessment as a request gets it (bind the fact set,
 * evaluate, explain, trace on); binding alone; and a bare Drools stateless {@code execute} of the
 * same rule base and fact objects, with no binding, no listener and no explanation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BaselineBench {
    /** The rules folder, relative to the working directory as the service reads it; bench/run starts in the repository. */
    private static final String RULES = System.getProperty("assay.rules.dir", "rules");

    private final JsonNode body = new ObjectMapper().createObjectNode().put("baseline", true);
    private ServiceEvaluator service;
    private Pack pack;
    private KieBase kieBase;
    private List<Object> facts;

    @Setup(Level.Trial)
    public void setUp() throws PackException {
        ServiceLogging.apply();
        service = new ServiceEvaluator();
        pack = new PackLoader(new ObjectMapper()).load(Path.of(RULES, "bih-nato"));
        kieBase = BenchDoor.kieBase(pack);
        facts = BenchDoor.facts(pack, bind());
        if (assessment().trace().isEmpty()) {
            throw new IllegalStateException("the baseline assessment fired no rule; the benchmark would time nothing");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        service.close();
    }

    @Benchmark
    public Assessment assessment() {
        return service.evaluator.evaluate(pack, bind(), 0);
    }

    @Benchmark
    public FactSet binding() {
        return bind();
    }

    @Benchmark
    public void bareExecute() {
        kieBase.newStatelessKieSession().execute(facts);
    }

    private FactSet bind() {
        return Requests.facts(pack, body);
    }
}

package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.assess.Question;
import org.assay.assess.Request;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.facts.FactSet;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;
import org.assay.work.Deadline;
import org.assay.work.LimitExceededException;
import org.assay.work.WorkPools;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** Sweeps one or two levers over a base: checks the request, then runs it inline or as a stream. */
@ApplicationScoped
public class Sweeps {
    private static final Logger LOG = Logger.getLogger(Sweeps.class);
    private static final Set<String> OWN_MEMBERS = Set.of("levers");

    @Inject
    PackRegistry packs;

    @Inject
    AssayConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    Requests requests;

    @Inject
    WorkPools pools;

    /** Checks a sweep request; every fault is reported at once, naming its place in the body. */
    public SweepPlan plan(String packId, JsonNode request) {
        Pack pack = packs.serving(packId);
        Request read = requests.read(pack, request, Question.FACTS, OWN_MEMBERS);
        FactSet base = read.facts();
        List<Violation> violations = new ArrayList<>();
        JsonNode levers = read.member("levers");
        List<SweepAxis> axes = new ArrayList<>();
        if (levers == null || !levers.isArray() || levers.isEmpty() || levers.size() > 2) {
            violations.add(new Violation("levers", "expected an array of one or two levers, each {\"path\", \"from\", \"to\", \"step\"} or {\"path\", \"values\"}"));
        } else {
            LeverReader reader = new LeverReader(pack, base);
            for (int i = 0; i < levers.size(); i++) {
                SweepAxis axis = reader.read(levers.get(i), "levers[" + i + "]", violations);
                if (axis != null && axes.stream().anyMatch(a -> a.path().equals(axis.path()))) {
                    violations.add(new Violation("levers[" + i + "].path", axis.path() + " is already swept by the other lever"));
                } else if (axis != null) {
                    axes.add(axis);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The sweep has " + violations.size() + " fault(s)", violations);
        }
        if (Sweeper.total(axes) > config.sweeps().maxVariants()) {
            throw new LimitExceededException("levers", "assay.sweeps.max-variants", "sweep would assess " + Sweeper.total(axes)
                    + " variants; assay.sweeps.max-variants is " + config.sweeps().maxVariants());
        }
        return new SweepPlan(pack, base, List.copyOf(axes), Sweeper.total(axes));
    }

    /** Refuses, before it starts, a sweep too large to answer as one document. */
    public void checkInline(SweepPlan plan) {
        if (plan.total() > config.sweeps().maxInlineVariants()) {
            throw new LimitExceededException("levers", "assay.sweeps.max-inline-variants", "sweep would answer " + plan.total()
                    + " variants in one JSON document; assay.sweeps.max-inline-variants is " + config.sweeps().maxInlineVariants()
                    + "; send Accept: application/x-ndjson to stream them");
        }
    }

    /** Runs a sweep small enough to answer as one document (see {@link #checkInline}). */
    public SweepReport inline(SweepPlan plan, Deadline deadline, Function<RuntimeException, Object> problem) {
        checkInline(plan);
        Thresholds thresholds = new Thresholds(plan.axes(), config.sweeps().maxThresholds());
        List<SweepReport.Variant> variants = new ArrayList<>();
        long start = System.nanoTime();
        boolean incremental = run(plan, deadline, new Sweeper.Sink() {
            @Override
            public void variant(long index, List<Object> values, VariantOutcome outcome) {
                thresholds.accept(index, outcome);
                variants.add(new SweepReport.Variant(Sweeper.named(plan.axes(), values), outcome.verdict(), outcome.ratings(),
                        outcome.measures(), null));
            }

            @Override
            public void failed(long index, List<Object> values, EvaluationException fault) {
                thresholds.accept(index, null);
                variants.add(new SweepReport.Variant(Sweeper.named(plan.axes(), values), null, null, null, problem.apply(fault)));
            }

            @Override
            public void chunkDone(long done, long total) {
                // One document: nothing to report until the end.
            }
        });
        return new SweepReport(plan.pack().id(), plan.pack().version(), levers(plan), variants,
                thresholds.thresholds(), thresholds.truncated(), summary(plan, start, incremental));
    }

    /**
     * Streams a sweep as NDJSON. A failure after the first line cannot change the status any more,
     * so it ends the stream with an error line carrying the problem.
     *
     * @param gone whether the client has gone; writes to a closed connection do not fail, so the
     *             sweep asks after every chunk and stops rather than assess for nobody
     */
    public void stream(SweepPlan plan, Deadline deadline, OutputStream out, Function<RuntimeException, Object> problem,
                       BooleanSupplier gone) throws IOException {
        Thresholds thresholds = new Thresholds(plan.axes(), config.sweeps().maxThresholds());
        SweepStream stream = new SweepStream(mapper, out, plan, thresholds, gone, problem);
        stream.header(plan, levers(plan));
        long start = System.nanoTime();
        try {
            boolean incremental = sweeper().run(plan.pack(), plan.base(), plan.axes(), deadline, stream);
            stream.summary(summary(plan, start, incremental));
        } catch (IOException e) {
            if (!gone.getAsBoolean()) {
                throw e;
            }
            LOG.infof("Sweep of %s stopped: %s", plan.pack().id(), e.getMessage());
        } catch (RuntimeException e) {
            stream.failed(problem.apply(e));
        }
    }

    private boolean run(SweepPlan plan, Deadline deadline, Sweeper.Sink sink) {
        try {
            return sweeper().run(plan.pack(), plan.base(), plan.axes(), deadline, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sweeper sweeper() {
        return new Sweeper(pools.heavyExecutor(), pools.heavyThreads(), config.evaluation().fireLimit());
    }

    private static List<SweepReport.Lever> levers(SweepPlan plan) {
        return plan.axes().stream().map(a -> new SweepReport.Lever(a.path().toString(), a.size())).toList();
    }

    private static SweepReport.Summary summary(SweepPlan plan, long start, boolean incremental) {
        long nanos = Math.max(1, System.nanoTime() - start);
        return new SweepReport.Summary(plan.total(), nanos / 1_000_000, plan.total() * 1_000_000_000L / nanos,
                incremental ? "incremental" : "fresh");
    }
}

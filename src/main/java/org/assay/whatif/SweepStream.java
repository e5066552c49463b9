package org.assay.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.evaluation.VariantOutcome;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Writes a sweep as NDJSON: a header line, one line per variant (a {@code failed} line with the
 * problem for a variant the rules could not assess), a progress line about every percent, and a
 * summary with the thresholds. Variant lines are assembled from pieces that Jackson
 * escaped once (lever names, each distinct outcome, each distinct text value) because a large sweep
 * writes millions of lines and a generator call per field made the writer, not the rules, the
 * bottleneck.
 */
final class SweepStream implements Sweeper.Sink {
    private static final byte[] VARIANT = "{\"type\":\"variant\",\"index\":".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;
    private final OutputStream out;
    private final List<SweepAxis> axes;
    private final Thresholds thresholds;
    private final long progressEvery;
    private final byte[][] keys;
    private final Map<VariantOutcome, byte[]> outcomes = new IdentityHashMap<>();
    private final Map<Object, byte[]> texts = new HashMap<>();
    private final BooleanSupplier gone;
    private final Function<RuntimeException, Object> problem;
    private long nextProgress;

    SweepStream(ObjectMapper mapper, OutputStream stream, SweepPlan plan, Thresholds thresholds, BooleanSupplier gone,
                Function<RuntimeException, Object> problem) throws JsonProcessingException {
        this.mapper = mapper;
        this.gone = gone;
        this.problem = problem;
        this.out = new BufferedOutputStream(stream, 1 << 16);
        this.axes = plan.axes();
        this.thresholds = thresholds;
        this.progressEvery = Math.max(1, plan.total() / 100);
        this.nextProgress = progressEvery;
        this.keys = new byte[axes.size()][];
        for (int a = 0; a < axes.size(); a++) {
            keys[a] = ((a == 0 ? ",\"values\":{" : ",") + mapper.writeValueAsString(axes.get(a).path().toString()) + ":")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    void header(SweepPlan plan, List<SweepReport.Lever> levers) throws IOException {
        line(new SweepLine.Header("sweep", plan.pack().id(), plan.pack().version(), levers, plan.total()));
    }

    @Override
    public void variant(long index, List<Object> values, VariantOutcome outcome) throws IOException {
        thresholds.accept(index, outcome);
        out.write(VARIANT);
        ascii(Long.toString(index));
        for (int a = 0; a < axes.size(); a++) {
            out.write(keys[a]);
            Object value = values.get(a);
            if (value instanceof Number || value instanceof Boolean) {
                ascii(value.toString());
            } else {
                out.write(texts.computeIfAbsent(value, this::json));
            }
        }
        out.write(outcomes.computeIfAbsent(outcome, this::outcomeTail));
    }

    @Override
    public void failed(long index, List<Object> values, EvaluationException fault) throws IOException {
        thresholds.accept(index, null);
        line(new SweepLine.Failed("failed", index, Sweeper.named(axes, values), problem.apply(fault)));
    }

    @Override
    public void chunkDone(long done, long total) throws IOException {
        if (gone.getAsBoolean()) {
            throw new IOException("the client closed the connection after " + done + " of " + total + " variants");
        }
        if (done >= nextProgress || done == total) {
            line(new SweepLine.Progress("progress", done, total, Math.floor(1000.0 * done / total) / 10));
            nextProgress = done + progressEvery;
        }
        out.flush();
    }

    void summary(SweepReport.Summary summary) throws IOException {
        line(new SweepLine.Summary("summary", summary, thresholds.thresholds(), thresholds.truncated()));
        out.flush();
    }

    void failed(Object problem) throws IOException {
        line(new SweepLine.Error("error", problem));
        out.flush();
    }

    private byte[] outcomeTail(VariantOutcome outcome) {
        Map<String, Object> tail = new LinkedHashMap<>();
        tail.put("verdict", outcome.verdict());
        tail.put("ratings", outcome.ratings());
        tail.put("measures", outcome.measures());
        String json = new String(json(tail), StandardCharsets.UTF_8);
        return ("}," + json.substring(1) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private void line(Object value) throws IOException {
        out.write(json(value));
        out.write('\n');
    }

    private void ascii(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }
}

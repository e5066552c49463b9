package org.assay.assess;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;
import org.assay.work.Deadline;
import org.assay.work.LimitExceededException;
import org.assay.work.WorkPools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Assesses many requests in one call, all with the pack version that served when the batch was read,
 * in parallel on the heavy pool's threads, handing the results on in the order the requests came, a
 * chunk at a time so that memory stays flat however long the batch. One request's fault is that item's answer; it does not fail the others. Items not started by the
 * batch's deadline are each answered with the time limit, so the client learns which were not done.
 */
@ApplicationScoped
public class BatchAssessor {
    private static final int CHUNK = 32;

    /** One item's answer: its assessment, or the fault that stopped it. */
    public record Result(int index, Assessment assessment, RuntimeException fault) {
    }

    /** A batch's items, checked, and the one pack version that assesses them all. */
    public record Batch(Pack pack, List<JsonNode> items) {
    }

    public interface Sink {
        void accept(Result result) throws IOException;
    }

    @Inject
    EvidencedAssessor assessor;

    @Inject
    PackRegistry packs;

    @Inject
    AssayConfig config;

    @Inject
    WorkPools pools;

    /** The items of a batch body, a JSON array of assessment requests, checked before any is assessed. */
    public Batch items(String packId, JsonNode body) {
        Pack pack = packs.serving(packId);
        if (body == null || !body.isArray() || body.isEmpty()) {
            throw new InvalidFactsException("The batch is not a list", List.of(new Violation("",
                    "expected a non-empty JSON array of assessment requests, each like {\"baseline\": true, \"changes\": {...}}")));
        }
        if (body.size() > config.batch().maxItems()) {
            throw new LimitExceededException("", "assay.batch.max-items", "batch would assess " + body.size()
                    + " items; assay.batch.max-items is " + config.batch().maxItems());
        }
        List<JsonNode> items = new ArrayList<>(body.size());
        body.forEach(items::add);
        return new Batch(pack, items);
    }

    public void run(Batch batch, boolean fragility, Deadline deadline, Sink sink) throws IOException {
        List<JsonNode> items = batch.items();
        for (int start = 0; start < items.size(); start += CHUNK) {
            List<CompletableFuture<Result>> chunk = new ArrayList<>(CHUNK);
            for (int i = start; i < Math.min(items.size(), start + CHUNK); i++) {
                int index = i;
                chunk.add(CompletableFuture.supplyAsync(() -> assess(batch.pack(), index, items.get(index), fragility, deadline),
                        pools.heavyExecutor()));
            }
            for (CompletableFuture<Result> result : chunk) {
                sink.accept(result.join());
            }
        }
    }

    private Result assess(Pack pack, int index, JsonNode item, boolean fragility, Deadline deadline) {
        try {
            deadline.check("the batch");
            return new Result(index, assessor.assess(pack, item, fragility, deadline), null);
        } catch (RuntimeException e) {
            return new Result(index, null, e);
        }
    }
}

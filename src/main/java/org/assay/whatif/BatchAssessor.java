package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.Assessment;
import org.assay.engine.DaemonThreads;
import org.assay.engine.PackRegistry;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Assesses many requests in one call, in parallel on every core, handing the results on in the
 * order the requests came, a chunk at a time so that memory stays flat however long the batch.
 * One request's fault is that item's answer; it does not fail the others.
 */
@ApplicationScoped
public class BatchAssessor {
    private static final int CHUNK = 32;

    /** One item's answer: its assessment, or the fault that stopped it. */
    public record Result(int index, Assessment assessment, RuntimeException fault) {
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

    // The common pool has one thread fewer than there are cores: on two cores, one.
    private ExecutorService pool;

    @PostConstruct
    void start() {
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), DaemonThreads.numbered("assay-batch"));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The items of a batch body, a JSON array of assessment requests, checked before any is assessed. */
    public List<JsonNode> items(String packId, JsonNode body) {
        packs.serving(packId);
        if (body == null || !body.isArray() || body.isEmpty()) {
            throw new InvalidFactsException("The batch is not a list", List.of(new Violation("",
                    "expected a non-empty JSON array of assessment requests, each like {\"baseline\": true, \"changes\": {...}}")));
        }
        if (body.size() > config.batch().maxItems()) {
            throw new InvalidFactsException("The batch is too long", List.of(new Violation("", "the batch has " + body.size()
                    + " items, more than the limit of " + config.batch().maxItems() + " (assay.batch.max-items)")));
        }
        List<JsonNode> items = new ArrayList<>(body.size());
        body.forEach(items::add);
        return items;
    }

    public void run(String packId, List<JsonNode> items, boolean fragility, Sink sink) throws IOException {
        for (int start = 0; start < items.size(); start += CHUNK) {
            List<CompletableFuture<Result>> chunk = new ArrayList<>(CHUNK);
            for (int i = start; i < Math.min(items.size(), start + CHUNK); i++) {
                int index = i;
                chunk.add(CompletableFuture.supplyAsync(() -> assess(packId, index, items.get(index), fragility), pool));
            }
            for (CompletableFuture<Result> result : chunk) {
                sink.accept(result.join());
            }
        }
    }

    private Result assess(String packId, int index, JsonNode item, boolean fragility) {
        try {
            return new Result(index, assessor.assess(packId, item, fragility), null);
        } catch (RuntimeException e) {
            return new Result(index, null, e);
        }
    }
}

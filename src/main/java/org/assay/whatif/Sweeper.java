package org.assay.whatif;

import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.evaluation.NoVerdictException;
import org.assay.engine.Pack;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.evaluation.VariantSession;
import org.assay.facts.FactSet;
import org.assay.facts.FieldPath;
import org.assay.work.Deadline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a sweep: variants are assessed in chunks on a worker pool, each worker reusing one open
 * session, and handed to the sink strictly in index order. At most two chunks per worker are in
 * flight, so memory stays flat however many variants there are. A variant whose rules fail is handed
 * on as failed and the sweep goes on with a fresh session; the sweep stops at its deadline.
 */
final class Sweeper {
    private static final int CHUNK = 1024;

    /** Receives each variant's outcome in index order, on the caller's thread. */
    interface Sink {
        void variant(long index, List<Object> values, VariantOutcome outcome) throws IOException;

        /** A variant the rules could not assess; the sweep goes on with the next. */
        void failed(long index, List<Object> values, EvaluationException fault) throws IOException;

        void chunkDone(long done, long total) throws IOException;
    }

    private final ExecutorService pool;
    private final int threads;
    private final int fireLimit;

    Sweeper(ExecutorService pool, int threads, int fireLimit) {
        this.pool = pool;
        this.threads = threads;
        this.fireLimit = fireLimit;
    }

    /** One chunk's outcomes, and the faults of the variants that have none. */
    private record Chunk(VariantOutcome[] outcomes, EvaluationException[] faults) {
    }

    /**
     * @return whether the variants were assessed incrementally in open sessions
     * @throws org.assay.work.LimitExceededException when the deadline passes before the last variant
     */
    boolean run(Pack pack, FactSet base, List<SweepAxis> axes, Deadline deadline, Sink sink) throws IOException {
        long total = total(axes);
        ConcurrentLinkedQueue<VariantSession> idle = new ConcurrentLinkedQueue<>();
        Map<VariantOutcome, VariantOutcome> interned = new ConcurrentHashMap<>();
        AtomicBoolean stopped = new AtomicBoolean();
        ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
        boolean incremental = true;
        try {
            idle.add(VariantSession.open(pack, base, fireLimit));
            incremental = idle.peek().incremental();
            long next = 0;
            long done = 0;
            while (done < total) {
                while (inFlight.size() < threads * 2 && next < total) {
                    long start = next;
                    long end = Math.min(total, start + CHUNK);
                    inFlight.add(pool.submit(() -> assess(pack, base, axes, start, end, idle, interned, stopped)));
                    next = end;
                }
                Chunk chunk = await(inFlight.poll());
                for (int i = 0; i < chunk.outcomes().length; i++) {
                    if (chunk.faults()[i] != null) {
                        sink.failed(done, values(axes, done), chunk.faults()[i]);
                    } else {
                        sink.variant(done, values(axes, done), chunk.outcomes()[i]);
                    }
                    done++;
                }
                sink.chunkDone(done, total);
                deadline.check("the sweep");
            }
            return incremental;
        } finally {
            stopped.set(true);
            inFlight.forEach(Sweeper::quietly);
            idle.forEach(VariantSession::close);
        }
    }

    static long total(List<SweepAxis> axes) {
        long total = 1;
        for (SweepAxis axis : axes) {
            total *= axis.size();
        }
        return total;
    }

    /** A variant's values by lever path, as answers show them. */
    static Map<String, Object> named(List<SweepAxis> axes, List<Object> values) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int a = 0; a < axes.size(); a++) {
            named.put(axes.get(a).path().toString(), values.get(a));
        }
        return named;
    }

    /** The values of each axis at a variant index; the last axis moves fastest. */
    static List<Object> values(List<SweepAxis> axes, long index) {
        if (axes.size() == 1) {
            return List.of(axes.get(0).value((int) index));
        }
        int inner = axes.get(1).size();
        return List.of(axes.get(0).value((int) (index / inner)), axes.get(1).value((int) (index % inner)));
    }

    private Chunk assess(Pack pack, FactSet base, List<SweepAxis> axes, long start, long end,
                         ConcurrentLinkedQueue<VariantSession> idle, Map<VariantOutcome, VariantOutcome> interned,
                         AtomicBoolean stopped) {
        VariantOutcome[] outcomes = new VariantOutcome[(int) (end - start)];
        EvaluationException[] faults = new EvaluationException[outcomes.length];
        if (stopped.get()) {
            return new Chunk(outcomes, faults);
        }
        VariantSession session = idle.poll();
        if (session == null) {
            session = VariantSession.open(pack, base, fireLimit);
        }
        try {
            Map<FieldPath, Object> changes = new HashMap<>();
            for (long index = start; index < end && !stopped.get(); index++) {
                List<Object> values = values(axes, index);
                for (int a = 0; a < axes.size(); a++) {
                    changes.put(axes.get(a).path(), values.get(a));
                }
                try {
                    VariantOutcome outcome = session.assess(changes);
                    outcomes[(int) (index - start)] = interned.computeIfAbsent(outcome, o -> o);
                } catch (EvaluationException e) {
                    faults[(int) (index - start)] = e;
                    if (!(e instanceof NoVerdictException)) {
                        // A rule that threw may have left the session half fired; the next variant starts afresh.
                        session.close();
                        session = VariantSession.open(pack, base, fireLimit);
                    }
                }
            }
        } finally {
            idle.add(session);
        }
        return new Chunk(outcomes, faults);
    }

    private static Chunk await(Future<Chunk> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void quietly(Future<?> chunk) {
        try {
            chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // The sweep is already failing or finished; this chunk's own failure adds nothing.
        }
    }
}

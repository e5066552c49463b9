package org.assay.whatif;

import org.assay.engine.Pack;
import org.assay.engine.VariantOutcome;
import org.assay.engine.VariantSession;
import org.assay.facts.FactSet;
import org.assay.facts.FieldPath;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
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
 * flight, so memory stays flat however many variants there are.
 */
final class Sweeper {
    private static final int CHUNK = 1024;

    /** Receives each variant's outcome in index order, on the caller's thread. */
    interface Sink {
        void variant(long index, List<Object> values, VariantOutcome outcome) throws IOException;

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

    /** @return whether the variants were assessed incrementally in open sessions */
    boolean run(Pack pack, FactSet base, List<SweepAxis> axes, Sink sink) throws IOException {
        long total = total(axes);
        ConcurrentLinkedQueue<VariantSession> idle = new ConcurrentLinkedQueue<>();
        Map<VariantOutcome, VariantOutcome> interned = new ConcurrentHashMap<>();
        AtomicBoolean stopped = new AtomicBoolean();
        ArrayDeque<Future<VariantOutcome[]>> inFlight = new ArrayDeque<>();
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
                VariantOutcome[] outcomes = await(inFlight.poll());
                for (VariantOutcome outcome : outcomes) {
                    sink.variant(done, values(axes, done), outcome);
                    done++;
                }
                sink.chunkDone(done, total);
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

    /** The values of each axis at a variant index; the last axis moves fastest. */
    static List<Object> values(List<SweepAxis> axes, long index) {
        if (axes.size() == 1) {
            return List.of(axes.get(0).value((int) index));
        }
        int inner = axes.get(1).size();
        return List.of(axes.get(0).value((int) (index / inner)), axes.get(1).value((int) (index % inner)));
    }

    private VariantOutcome[] assess(Pack pack, FactSet base, List<SweepAxis> axes, long start, long end,
                                    ConcurrentLinkedQueue<VariantSession> idle, Map<VariantOutcome, VariantOutcome> interned,
                                    AtomicBoolean stopped) {
        VariantOutcome[] outcomes = new VariantOutcome[(int) (end - start)];
        if (stopped.get()) {
            return outcomes;
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
                VariantOutcome outcome = session.assess(changes);
                outcomes[(int) (index - start)] = interned.computeIfAbsent(outcome, o -> o);
            }
        } finally {
            idle.add(session);
        }
        return outcomes;
    }

    private static VariantOutcome[] await(Future<VariantOutcome[]> chunk) {
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

package org.assay.work;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.serving.DaemonThreads;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The two pools every assessment runs on. Plain assessments run queued on one thread per core: an
 * assessment is CPU work from end to end, and on the shared worker pool 32 concurrent requests
 * became 32 threads taking turns on 2 cores (queued, the p99 at 32 connections fell from about
 * 30 ms to about 18 ms, bench/http). Heavy work runs on fewer threads than there are cores, so that
 * however much of it is waiting, plain assessments always have a core: twenty requests for
 * fragility on one large saved fact set once held every assessment for 30 s.
 *
 * <p>Both are bounded: the plain queue by its length, heavy work by how many requests are admitted
 * at once (running or waiting; a sweep or batch spreads its chunks over the heavy threads). Beyond
 * either, a request is refused at once with {@link BusyException} rather than queued for minutes.
 */
@ApplicationScoped
public class WorkPools {
    private static final String HEAVY_TIME = "assay.work.heavy-time-limit";

    @Inject
    AssayConfig config;

    private ThreadPoolExecutor plain;
    private ExecutorService heavy;
    private Semaphore admitted;
    private int heavyThreads;

    /** One admitted piece of heavy work: its deadline, and the place it holds until closed. */
    public final class Ticket implements AutoCloseable {
        private final Deadline deadline = Deadline.after(config.work().heavyTimeLimit(), HEAVY_TIME);
        private final AtomicBoolean closed = new AtomicBoolean();

        public Deadline deadline() {
            return deadline;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                admitted.release();
            }
        }
    }

    @PostConstruct
    void start() {
        AssayConfig.Work work = config.work();
        int cores = Runtime.getRuntime().availableProcessors();
        int plainThreads = work.plainThreads() > 0 ? work.plainThreads() : cores;
        heavyThreads = work.heavyThreads() > 0 ? work.heavyThreads() : Math.max(1, cores - 1);
        plain = new ThreadPoolExecutor(plainThreads, plainThreads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(work.plainQueue()), DaemonThreads.numbered("assay-assess"));
        // Admission bounds what waits here: each admitted request has at most a few chunks queued.
        heavy = new ThreadPoolExecutor(heavyThreads, heavyThreads, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), DaemonThreads.numbered("assay-heavy"));
        admitted = new Semaphore(work.heavyRequests());
    }

    @PreDestroy
    void stop() {
        plain.shutdownNow();
        heavy.shutdownNow();
    }

    /**
     * Runs a request whose size shows only once it is read. On the plain pool, the size of its input
     * is asked first: above {@code assay.work.heavy-input-bytes} all of it is heavy, read and done on
     * the heavy pool. Else it is read and resolved there (plain work), and the rest is done there too,
     * or on the heavy pool when it is large: more fact instances than {@code assay.work.heavy-facts},
     * or instances times variants over {@code assay.work.heavy-above}.
     *
     * @param inputBytes the bytes the request brings, found without reading it whole
     */
    public <T> CompletionStage<T> run(LongSupplier inputBytes, Supplier<Sized<T>> prepare) {
        // Empty when the input is too large to read among plain assessments.
        CompletionStage<Optional<Sized<T>>> read = plain(() -> inputBytes.getAsLong() > config.work().heavyInputBytes()
                ? Optional.empty() : Optional.of(prepare.get()));
        return read.thenCompose(sized -> {
            if (sized.isEmpty()) {
                return heavy(deadline -> prepare.get().work().apply(deadline));
            }
            return heavy(sized.get()) ? heavy(sized.get().work()) : CompletableFuture.completedFuture(sized.get().work().apply(Deadline.none()));
        });
    }

    private boolean heavy(Sized<?> sized) {
        AssayConfig.Work work = config.work();
        return sized.facts() > work.heavyFacts() || sized.facts() * sized.variants() > work.heavyAbove();
    }

    /** Runs plain work on the plain pool, or refuses it when the queue is full. */
    public <T> CompletionStage<T> plain(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, plain);
        } catch (RejectedExecutionException e) {
            throw busy("plain assessments", config.work().plainQueue() + " waiting (assay.work.plain-queue)");
        }
    }

    /** Admits one heavy request and runs it whole on a heavy thread; it is given the ticket's deadline. */
    public <T> CompletionStage<T> heavy(Function<Deadline, T> work) {
        Ticket ticket = admit();
        try {
            return CompletableFuture.supplyAsync(() -> work.apply(ticket.deadline()), heavy).whenComplete((result, failure) -> ticket.close());
        } catch (RejectedExecutionException e) {
            ticket.close();
            throw e;
        }
    }

    /**
     * Admits one heavy request that runs its own chunks on {@link #heavyExecutor()}, as a streamed
     * sweep or batch does; the caller closes the ticket when the request is done.
     */
    public Ticket admit() {
        if (!admitted.tryAcquire()) {
            throw busy("heavy work", config.work().heavyRequests() + " admitted at once (assay.work.heavy-requests)");
        }
        return new Ticket();
    }

    /**
     * Does part of an admitted request on a heavy thread and waits for it, as a sweep reads its base
     * before it streams from a thread of its own.
     */
    public <T> T onHeavy(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, heavy).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The threads heavy work runs its chunks on. */
    public ExecutorService heavyExecutor() {
        return heavy;
    }

    public int heavyThreads() {
        return heavyThreads;
    }

    private BusyException busy(String pool, String bound) {
        return new BusyException("The service is busy with " + pool + ": " + bound + "; try again later",
                Math.max(1, config.work().retryAfter().toSeconds()));
    }
}

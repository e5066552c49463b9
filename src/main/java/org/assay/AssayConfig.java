package org.assay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Assay's settings, under {@code assay.*} (or {@code ASSAY_*} in the environment). */
@ConfigMapping(prefix = "assay")
public interface AssayConfig {

    Rules rules();

    Evaluation evaluation();

    Requests requests();

    Sweeps sweeps();

    Counterfactuals counterfactuals();

    Batch batch();

    Evidence evidence();

    Log log();

    Work work();

    Cache cache();

    Bench bench();

    Security security();

    interface Rules {
        /** The folder whose sub-folders with a {@code pack.yaml} are rule packs. */
        @WithDefault("rules")
        Path dir();

        /**
         * Whether the service watches the rules directory and reloads a pack when its files change.
         * Off, packs reload only when a rule author asks ({@code POST /api/v1/packs/{pack}/reload}).
         */
        @WithDefault("true")
        boolean watch();

        /**
         * How long a pack folder must be quiet after a change before it reloads: editors save in
         * several steps, and a reload between two of them would compile half a file.
         */
        @WithDefault("300ms")
        Duration watchQuiet();

        /**
         * Packs whose DRL skips the sandbox, if their {@code pack.yaml} also says
         * {@code trusted: true}. Both are needed, so that an author who can edit a pack cannot trust it.
         */
        Optional<Set<String>> trustedPacks();

        /** The largest file a pack may hold (pack.yaml, DRL, JSON), in bytes; a larger one is refused at read. */
        @WithDefault("" + org.assay.engine.loading.PackLimits.MAX_FILE_BYTES)
        long maxFileBytes();

        /** The most bytes all of a pack's files may hold together. */
        @WithDefault("" + org.assay.engine.loading.PackLimits.MAX_PACK_BYTES)
        long maxPackBytes();

        /** The most files a pack folder may hold, sub-folders included. */
        @WithDefault("" + org.assay.engine.loading.PackLimits.MAX_FILES)
        int maxFiles();
    }

    interface Security {
        /**
         * Whether assessments and the rest of the API need an authenticated user too. Reloading,
         * validating and testing rules always need a user with the {@code rule-author} role.
         */
        @WithDefault("false")
        boolean assessmentsRequireAuth();

        /**
         * Users who sign in with HTTP Basic, by name. A user without a configured password gets a
         * generated one on first start, printed once; its hash is kept in {@link #credentialsFile()}.
         */
        Map<String, User> users();

        /** Where the hashes of generated passwords are kept, owner-only; beside the H2 file by default. */
        @WithDefault("data/credentials")
        Path credentialsFile();

        interface User {
            /** Absent: generated on first start. */
            Optional<String> password();

            /** {@code analyst}, {@code rule-author}, {@code admin}, or roles of your own. */
            Optional<Set<String>> roles();
        }
    }

    interface Evaluation {
        /** Firings after which one assessment is stopped as a runaway. */
        @WithDefault("" + Defaults.FIRE_LIMIT)
        int fireLimit();

        /** Wall-clock time after which one assessment is stopped as a runaway. */
        @WithDefault(Defaults.TIME_LIMIT_SECONDS + "s")
        Duration timeLimit();
    }

    /** How assessments share the cores; see {@link org.assay.work.WorkPools}. */
    interface Work {
        /** Threads for plain assessments; 0 means one per core. */
        @WithDefault("0")
        int plainThreads();

        /** Plain assessments that may wait for a thread; beyond them a request is answered 429. */
        @WithDefault("512")
        int plainQueue();

        /** Threads for heavy work; 0 means one fewer than there are cores (at least one), so plain work always has a core. */
        @WithDefault("0")
        int heavyThreads();

        /** Heavy requests admitted at once, running or waiting; beyond them a request is answered 429. */
        @WithDefault("8")
        int heavyRequests();

        /**
         * Bytes of input (the body, and the saved scenario it names) above which a request is heavy
         * before it is even read, so that reading and binding a large input never runs among plain
         * assessments, nor costs anything when heavy work has no room and the request is refused.
         */
        @WithDefault("65536")
        long heavyInputBytes();

        /**
         * Fact instances above which an assessment is heavy, however few variants it makes: binding and
         * evaluating 2,000 instances takes about 300 ms, against a millisecond for bih-nato's baseline of 20.
         */
        @WithDefault("200")
        long heavyFacts();

        /**
         * The size above which an assessment is heavy: fact instances times the variants it assesses
         * (one, two for a what-if, plus up to one per value for the fragility check). The baseline of
         * bih-nato checked for fragility is about 2,000; 200 instances checked for fragility are 200,000.
         */
        @WithDefault("50000")
        long heavyAbove();

        /** Wall-clock time within which a heavy request must finish, waiting included; beyond it the request is stopped with 422. */
        @WithDefault("60s")
        Duration heavyTimeLimit();

        /** What a 429 answer's Retry-After header says. */
        @WithDefault("5s")
        Duration retryAfter();
    }

    interface Requests {
        /** Deepest JSON nesting a request may have; a fact set needs four levels. */
        @WithDefault("32")
        int maxNestingDepth();
    }

    interface Sweeps {
        /** The most variants one sweep may have; a larger grid is refused before any work starts. */
        @WithDefault("5000000")
        long maxVariants();

        /** The most variants answered as one JSON document; larger sweeps must ask for NDJSON. */
        @WithDefault("10000")
        int maxInlineVariants();

        /** The most threshold groups a sweep reports before it says the list was cut short. */
        @WithDefault("500")
        int maxThresholds();
    }

    interface Counterfactuals {
        /** The most lever changes one answer may combine, and the default when a request gives none. */
        @WithDefault("" + Defaults.MAX_CHANGES)
        int maxChanges();

        /** The most variants one search may assess before it stops and says how far it got. */
        @WithDefault("" + Defaults.MAX_ASSESSMENTS)
        int maxAssessments();

        /** The most answers one search returns, cheapest first. */
        @WithDefault("20")
        int maxSolutions();

        /** Wall-clock time after which a search stops and says how far it got. */
        @WithDefault("30s")
        Duration timeLimit();
    }

    interface Evidence {
        /**
         * The most variants one assessment's fragility check may assess; weak values beyond them are
         * listed as not checked, so that a huge fact set cannot make an assessment slow.
         */
        @WithDefault("1000")
        int maxFragilityVariants();
    }

    interface Batch {
        /** The most assessment requests one batch may hold. */
        @WithDefault("10000")
        int maxItems();
    }

    interface Log {
        /**
         * Whether every assessment served is written to the assessment log (its pack version,
         * input, verdict, measures and duration), for queries and for replay against a new pack
         * version. Off, nothing is recorded and replay has nothing to replay.
         */
        @WithDefault("true")
        boolean enabled();

        /** Entries older than this are deleted. */
        @WithDefault("30d")
        Duration maxAge();

        /** The most entries kept; the oldest beyond them are deleted. */
        @WithDefault("100000")
        long maxEntries();

        /** How often the log is pruned to its age and size, besides once at start. */
        @WithDefault("10m")
        Duration pruneEvery();

        /**
         * The largest input stored for replay, in characters of canonical JSON; a larger one is logged
         * by its hash alone, and replay reports it as not replayable.
         */
        @WithDefault("65536")
        int maxInputBytes();
    }

    interface Cache {
        /**
         * How much memory answers to repeated assessment requests may hold, in megabytes; 0 turns the
         * cache off. An answer depends only on the pack version, the resolved facts, the evidence and
         * whether fragility was checked, so a repeated request is answered without evaluating again.
         */
        @WithDefault("64")
        int maxMegabytes();
    }

    interface Bench {
        /** Whether {@code POST /api/v1/bench/echo} answers; only the HTTP benchmark needs it. */
        @WithDefault("false")
        boolean echo();
    }
}

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
        @WithDefault("10000")
        int fireLimit();

        /** Wall-clock time after which one assessment is stopped as a runaway. */
        @WithDefault("5s")
        Duration timeLimit();
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

        /** Threads that assess variants; 0 means one per core. */
        @WithDefault("0")
        int threads();

        /** The most threshold groups a sweep reports before it says the list was cut short. */
        @WithDefault("500")
        int maxThresholds();
    }

    interface Counterfactuals {
        /** The most lever changes one answer may combine, and the default when a request gives none. */
        @WithDefault("6")
        int maxChanges();

        /** The most variants one search may assess before it stops and says how far it got. */
        @WithDefault("500000")
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

package org.assay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

/** Assay's settings, under {@code assay.*} (or {@code ASSAY_*} in the environment). */
@ConfigMapping(prefix = "assay")
public interface AssayConfig {

    Rules rules();

    Evaluation evaluation();

    Requests requests();

    Log log();

    interface Rules {
        /** The folder whose sub-folders with a {@code pack.yaml} are rule packs. */
        @WithDefault("rules")
        Path dir();
    }

    interface Evaluation {
        /** Firings after which one assessment is stopped as a runaway. */
        @WithDefault("10000")
        int fireLimit();

        /** Wall-clock time after which one assessment is stopped as a runaway. */
        @WithDefault("2s")
        Duration timeLimit();
    }

    interface Requests {
        /** Deepest JSON nesting a request may have; a fact set needs four levels. */
        @WithDefault("32")
        int maxNestingDepth();
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
}

package org.assay.bench;

import java.nio.file.Path;

/**
 * Writes the synthetic rules as a pack folder with a baseline, for the benchmarks that run against
 * the packaged service: {@code SyntheticPack <folder> <rules> <facts>}.
 */
public final class SyntheticPack {
    private SyntheticPack() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: SyntheticPack <folder> <rules> <facts>");
            System.exit(2);
        }
        int rules = Integer.parseInt(args[1]);
        int facts = Integer.parseInt(args[2]);
        AssayPeer.write(Path.of(args[0]), SyntheticRules.rules(rules), SyntheticRules.items(facts, facts * 1000L + rules));
    }
}

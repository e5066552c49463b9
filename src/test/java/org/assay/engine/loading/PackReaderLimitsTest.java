package org.assay.engine.loading;

import org.assay.engine.TestPacks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pack folder too large in any way is refused at read, naming the file and the bound; files are named relative to the rules folder. */
class PackReaderLimitsTest {
    private static final PackLimits SMALL = new PackLimits(4_000, 20_000, 20);

    @TempDir
    Path rules;

    private CompileProblem refused(Path pack, PackLimits limits) {
        PackException e = assertThrows(PackException.class, () -> new PackReader(new ObjectMapper(), limits).read(pack));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void aFileOverTheLimitIsRefusedByName() throws IOException {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), rules);
        Files.writeString(pack.resolve("huge.drl"), "// " + "x".repeat(5_000));

        CompileProblem problem = refused(pack, SMALL);
        assertEquals("tiny/huge.drl", problem.file());
        assertEquals("the file has 5003 bytes; assay.rules.max-file-bytes is 4000", problem.message());
    }

    @Test
    void aHugeSparseFileIsRefusedWithoutBeingRead() throws IOException {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), rules);
        try (RandomAccessFile baseline = new RandomAccessFile(pack.resolve("tests/huge.json").toFile(), "rw")) {
            baseline.setLength(8L << 30);
        }

        CompileProblem problem = refused(pack, PackLimits.configured());
        assertEquals("tiny/tests/huge.json", problem.file());
        assertTrue(problem.message().endsWith("assay.rules.max-file-bytes is 1048576"), problem.message());
    }

    @Test
    void aFolderOfThousandsOfFilesIsRefused() throws IOException {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), rules);
        for (int i = 0; i < 3_000; i++) {
            Files.writeString(pack.resolve("scenarios-" + i + ".txt"), "");
        }

        CompileProblem problem = refused(pack, SMALL);
        assertEquals("tiny", problem.file());
        assertEquals("the pack folder holds more than 20 files; assay.rules.max-files is 20", problem.message());
    }

    @Test
    void filesTogetherOverThePackLimitAreRefused() throws IOException {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), rules);
        for (int i = 0; i < 6; i++) {
            Files.writeString(pack.resolve("notes-" + i + ".md"), "x".repeat(3_900));
        }

        assertTrue(refused(pack, SMALL).message().endsWith("; assay.rules.max-pack-bytes is 20000"));
    }

    @Test
    void filesAreNamedRelativeToTheRulesFolder() throws Exception {
        Path pack = TestPacks.copy(TestPacks.DIR.resolve("tiny"), rules);
        Files.writeString(pack.resolve("baseline.json"), "{\"Bridge\": ");

        CompileProblem problem = refused(pack.toAbsolutePath(), SMALL);
        assertEquals("tiny/baseline.json", problem.file());
        PackSource read = new PackReader(new ObjectMapper(), SMALL).read(TestPacks.DIR.resolve("tiny").toAbsolutePath());
        assertEquals("tiny/model.drl", read.drl().get(0).path());
        assertFalse(read.drl().stream().anyMatch(f -> f.path().startsWith("/")));
    }
}

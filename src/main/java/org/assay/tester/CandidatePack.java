package org.assay.tester;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.engine.loading.CompileProblem;
import org.assay.engine.loading.DrlEdits;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackLoader;
import org.assay.facts.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A candidate version of a pack: a copy of the pack folder, aside in a temporary folder, with some DRL
 * files replaced, added or removed, then compiled there. It is never registered, so it never serves;
 * closing it deletes the copy.
 */
public final class CandidatePack implements AutoCloseable {
    private final Path root;
    private final Path dir;
    private final Pack pack;

    private CandidatePack(Path root, Path dir, Pack pack) {
        this.root = root;
        this.dir = dir;
        this.pack = pack;
    }

    /** The pack's folder with these edits: text replaces or adds a file, null removes it. */
    public static CandidatePack of(Path packDir, DrlEdits edits, ObjectMapper json) {
        Path root = null;
        try {
            root = Files.createTempDirectory("assay-candidate-");
            Path dir = root.resolve(packDir.getFileName().toString());
            copy(packDir, dir);
            for (Map.Entry<String, String> file : edits.files().entrySet()) {
                if (file.getValue() == null) {
                    Files.deleteIfExists(dir.resolve(file.getKey()));
                } else {
                    Files.writeString(dir.resolve(file.getKey()), file.getValue());
                }
            }
            return new CandidatePack(root, dir, new PackLoader(json).load(dir));
        } catch (PackException e) {
            Path copy = root.resolve(packDir.getFileName().toString());
            delete(root);
            throw new CandidateException(CandidateException.Reason.DOES_NOT_LOAD, "The candidate has " + e.problems().size() + " problem(s)",
                    e.problems().stream().map(p -> located(p, copy)).toList());
        } catch (IOException e) {
            delete(root);
            throw new UncheckedIOException("cannot set the candidate aside: " + e.getMessage(), e);
        }
    }

    public Pack pack() {
        return pack;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        delete(root);
    }

    /** A problem as {@code file:line:column}, the file named as it is in the pack rather than in the temporary copy. */
    private static Violation located(CompileProblem problem, Path copy) {
        String file = problem.file();
        String inCopy = copy.getFileName() + "/";
        if (file.startsWith(copy.toString())) {
            file = copy.relativize(Path.of(file)).toString();
        } else if (file.startsWith(inCopy)) {
            file = file.substring(inCopy.length());
        }
        return new Violation(file + ":" + problem.line() + ":" + problem.column(), problem.message());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary folder left behind wastes space but changes no answer; the system cleans it in time.
        }
    }
}

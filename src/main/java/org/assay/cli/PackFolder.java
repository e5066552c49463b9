package org.assay.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.Defaults;
import org.assay.assess.Assessor;
import org.assay.assess.Recording;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.evaluation.Evaluator;
import org.assay.engine.evaluation.Watchdog;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackException;
import org.assay.engine.loading.PackLoader;
import org.assay.engine.loading.PackReader;
import org.assay.facts.InvalidFactsException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the commands share: a pack folder checked and loaded with every problem printed as
 * {@code file:line:column message}, an input file read, and an assessor with the service's default
 * limits ({@code assay.evaluation.*}), whose assessments are internal: a command has no log to record in.
 */
final class PackFolder {
    private static final Duration TIME_LIMIT = Duration.ofSeconds(Defaults.TIME_LIMIT_SECONDS);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Watchdog WATCHDOG = new Watchdog("assay-cli-watchdog");

    private PackFolder() {
    }

    /** The folder, or a usage error (exit 2) when it holds no pack. */
    static Path check(CommandSpec spec, Path dir) {
        if (!Files.isDirectory(dir) || !PackReader.isPack(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + " is not a pack folder (a folder with a pack.yaml)");
        }
        return dir;
    }

    /** The pack, or null after printing each problem that keeps it from loading. */
    static Pack load(Path dir, PrintWriter err) {
        try {
            return new PackLoader(JSON).load(dir);
        } catch (PackException e) {
            e.problems().forEach(err::println);
            err.println(dir.getFileName() + ": " + e.problems().size() + " problem(s); the pack does not load");
            return null;
        }
    }

    /** An input file as JSON, or null after printing where it goes wrong; a missing file is a usage error. */
    static JsonNode read(CommandSpec spec, Path file, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            err.println(file + ":" + (at == null ? 0 : at.getLineNr()) + ":" + (at == null ? 0 : at.getColumnNr()) + " " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            err.println(file + ":0:0 cannot read: " + e.getMessage());
            return null;
        }
    }

    /**
     * The assessment of a request body ({@code {"facts": ...}}, {@code {"baseline": true}}, {@code {"scenario": ...}} or {@code {"snapshot": ...}},
     * with optional {@code "changes"}), or null after printing why the facts cannot be assessed.
     */
    static Assessment assess(Pack pack, JsonNode request, PrintWriter err) {
        try {
            return assessor().assess(pack, Requests.facts(pack, request), Recording.INTERNAL, 0);
        } catch (InvalidFactsException e) {
            err.println(e.getMessage() + ":");
            e.violations().forEach(v -> err.println("  " + v.path() + ": " + v.message()));
            return null;
        } catch (EvaluationException e) {
            err.println("the rules could not assess these facts (" + e.code() + "): " + e.getMessage() + (e.rules().isEmpty() ? "" : " " + e.rules()));
            return null;
        }
    }

    static Assessor assessor() {
        return new Assessor(new Evaluator(WATCHDOG, Defaults.FIRE_LIMIT, TIME_LIMIT));
    }
}

package org.assay.tester;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.loading.DrlEdits;
import org.assay.assess.Assessor;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.serving.PackStatus;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Pack tests for the service: the serving pack's tests, properties and coverage, and the serving
 * version compared with a candidate. Its assessments are internal: they count in no metric and go to
 * no assessment log.
 */
@ApplicationScoped
public class PackTestService {

    @Inject
    PackRegistry packs;

    @Inject
    AssayConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Assessor assessor;

    /** The serving pack's tests, properties and coverage, with the tests as its folder holds them now. */
    public PackReport test(String packId) {
        PackStatus status = packs.status(packId);
        try {
            return new PackTester(assessor, config.evaluation().fireLimit()).test(packs.serving(packId), status.dir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The serving version against a candidate that replaces some of its DRL files.
     *
     * @param edits the DRL files that the candidate replaces, adds or removes
     */
    public Comparison compare(String packId, DrlEdits edits) {
        PackStatus status = packs.status(packId);
        Pack serving = packs.serving(packId);
        try (CandidatePack candidate = CandidatePack.of(status.dir(), edits, json)) {
            return new VersionComparison(assessor).compare(serving, status.dir(), candidate.pack(), candidate.dir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

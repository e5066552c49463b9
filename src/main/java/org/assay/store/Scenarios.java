package org.assay.store;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assess.Assessor;
import org.assay.assess.Recording;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.serving.PackStatus;
import org.assay.engine.serving.UnknownPackException;
import org.assay.facts.FactSet;
import org.assay.facts.MergePatch;
import org.assay.facts.Violation;

import org.assay.work.Sized;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Saves, lists, loads, edits, deletes and assesses scenarios. A scenario is checked against its
 * pack before it is kept, so what is saved always assesses with the version it was saved for.
 * It belongs to the user who saved it: only they, or an admin, may change or delete it.
 */
@ApplicationScoped
public class Scenarios {
    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 500;

    @Inject
    ScenarioStore store;

    @Inject
    PackRegistry packs;

    @Inject
    Assessor assessor;

    /** @param owner a signed-in user, who will own the scenario */
    public ScenarioView save(JsonNode body, Requester owner) {
        ScenarioDraft draft = ScenarioDraft.read(body);
        Pack pack = checked(draft);
        // Timestamps are kept to the microsecond, the finest both databases store, so what is returned is what reloads.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SavedScenario saved = new SavedScenario(UUID.randomUUID().toString(), pack.id(), pack.version(), draft.title(),
                draft.notes(), draft.base(), draft.changes(), owner.name(), now, now, 1);
        store.insert(saved);
        return view(saved, owner);
    }

    public ScenarioView get(String id, Requester reader) {
        return view(load(id), reader);
    }

    /**
     * @param pack only this pack's scenarios, or all when blank
     * @param text only scenarios whose title or notes contain this, ignoring case, or all when blank; an anonymous
     *             reader, who sees no notes, searches titles only
     */
    public Slice<ScenarioView> list(String pack, String text, String limit, String offset, Requester reader) {
        List<Violation> violations = new ArrayList<>();
        Page page = Page.parse(limit, offset, DEFAULT_PAGE, MAX_PAGE, violations);
        if (page == null) {
            throw new InvalidRequestException("The query has " + violations.size() + " fault(s)", violations);
        }
        return store.list(Filter.given(pack), Filter.given(text), !reader.anonymous(), page).map(s -> view(s, reader));
    }

    /**
     * Applies a JSON Merge Patch to the scenario's title, notes, base and changes. New base or changes
     * are checked against the pack that serves now, and the scenario then records that version.
     *
     * @param precondition throws when the scenario as it is now may not be changed (a client's If-Match)
     */
    public ScenarioView update(String id, JsonNode patch, Requester editor, Consumer<ScenarioView> precondition) {
        while (true) {
            SavedScenario old = changeable(id, editor, precondition);
            if (patch == null || !patch.isObject()) {
                throw new InvalidRequestException("The patch is not a JSON object",
                        List.of(new Violation("", "expected a JSON Merge Patch object of title, notes, base and changes")));
            }
            if (patch.has("pack")) {
                throw new InvalidRequestException("A saved scenario's pack cannot change",
                        List.of(new Violation("pack", "a saved scenario keeps its pack; save a new scenario for another pack")));
            }
            ScenarioDraft before = new ScenarioDraft(old.pack(), old.title(), old.notes(), old.base(), old.changes());
            ScenarioDraft after = ScenarioDraft.read(MergePatch.apply(before.toBody(), patch));
            String version = old.packVersion();
            if (!after.base().equals(old.base()) || !after.changes().equals(old.changes())) {
                version = checked(after).version();
            }
            SavedScenario updated = new SavedScenario(id, old.pack(), version, after.title(), after.notes(), after.base(),
                    after.changes(), old.owner(), old.createdAt(), Instant.now().truncatedTo(ChronoUnit.MICROS), old.revision() + 1);
            if (store.update(updated, old.revision())) {
                return view(updated, editor);
            }
            // Changed or deleted since it was read: read it again, and apply the patch, or refuse, against what it is now.
        }
    }

    /** @param precondition throws when the scenario as it is now may not be deleted (a client's If-Match) */
    public void delete(String id, Requester editor, Consumer<ScenarioView> precondition) {
        while (!store.delete(id, changeable(id, editor, precondition).revision())) {
            // Changed or deleted since it was read: read it again.
        }
    }

    /** How many characters of JSON the saved scenario holds, 0 when there is none; found without reading it. */
    public long size(String id) {
        return store.size(id);
    }

    /**
     * Assesses the saved scenario with the version of its pack that serves now, as a recorded assessment:
     * read and bound here, the evaluation left to do, sized by its facts.
     */
    public Sized<Assessment> assess(String id) {
        long start = System.nanoTime();
        SavedScenario scenario = load(id);
        Pack pack = packs.serving(scenario.pack());
        FactSet facts = Requests.facts(pack, scenario.request());
        long bound = System.nanoTime() - start;
        return new Sized<>(facts.instances().size(), 1, deadline -> assessor.assess(pack, facts, Recording.RECORDED, bound));
    }

    private SavedScenario load(String id) {
        return store.find(id).orElseThrow(() -> new UnknownScenarioException(id));
    }

    private SavedScenario changeable(String id, Requester editor, Consumer<ScenarioView> precondition) {
        SavedScenario scenario = load(id);
        if (!editor.mayChange(scenario)) {
            throw new NotScenarioOwnerException(scenario);
        }
        precondition.accept(view(scenario, editor));
        return scenario;
    }

    /** The pack that serves the draft's pack id, once the draft's base and changes are checked against it. */
    private Pack checked(ScenarioDraft draft) {
        Pack pack;
        try {
            pack = packs.serving(draft.pack());
        } catch (UnknownPackException e) {
            throw new UnknownScenarioPackException(draft.pack(), packs.all().stream().filter(PackStatus::loaded).map(PackStatus::id).toList());
        }
        ScenarioCheck.check(pack, draft.base(), draft.changes());
        return pack;
    }

    private ScenarioView view(SavedScenario scenario, Requester reader) {
        String serving = packs.all().stream()
                .filter(p -> p.id().equals(scenario.pack()) && p.loaded())
                .map(p -> p.pack().version())
                .findFirst().orElse(null);
        return ScenarioView.of(scenario, serving, reader);
    }
}

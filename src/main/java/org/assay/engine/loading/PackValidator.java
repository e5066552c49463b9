package org.assay.engine.loading;

import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.serving.PackRehearsal;
import org.assay.engine.serving.PackStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks DRL an author has not saved yet: the pack's files with some replaced, added or removed go
 * through everything a reload does (sandbox, compile, schema, baseline and manifest checks,
 * rehearsal), aside; nothing that serves is touched.
 */
@ApplicationScoped
public class PackValidator {
    @Inject
    PackRegistry registry;

    @Inject
    AssayConfig config;

    /** Validates the pack's files with these edits: a file the pack has is replaced, a new one added, one given as null removed. */
    public Validation validate(String id, DrlEdits edits) {
        PackStatus status = registry.status(id);
        Pack serving = status.pack();
        PackSource base;
        try {
            base = serving != null ? serving.source() : registry.loader().read(status.dir());
        } catch (PackException e) {
            DrlOutline none = DrlOutline.of(List.of());
            return new Validation(id, null, false, issues(shown(e, status.dir()), none, null), List.of(), changes(none, none));
        }
        PackSource changed = base.withDrl(apply(base, edits));
        DrlOutline outline = DrlOutline.of(changed.drl());
        Validation.RuleChanges rules = changes(DrlOutline.of(serving == null ? List.of() : base.drl()), outline);
        try {
            Pack pack = registry.loader().load(changed);
            PackRehearsal.rehearse(pack, changed.dir(), config.evaluation().fireLimit());
            return new Validation(id, version(serving), true, List.of(), issues(pack.warnings(), outline, changed.manifest()), rules);
        } catch (PackException e) {
            return new Validation(id, version(serving), false, issues(shown(e, changed.dir()), outline, changed.manifest()), List.of(), rules);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            List<CompileProblem> problems = List.of(new CompileProblem(changed.dir().getFileName().toString(), 0, 0, "cannot load: " + e));
            return new Validation(id, version(serving), false, issues(problems, outline, changed.manifest()), List.of(), rules);
        }
    }

    /** The problems with their files named relative to the rules folder, as every answer names them. */
    private static List<CompileProblem> shown(PackException e, Path packDir) {
        return e.problems().stream().map(p -> p.shownUnder(packDir)).toList();
    }

    private static String version(Pack pack) {
        return pack == null ? null : pack.version();
    }

    private static List<DrlFile> apply(PackSource base, DrlEdits edits) {
        Map<String, DrlFile> byName = new LinkedHashMap<>();
        base.drl().forEach(file -> byName.put(Path.of(file.path()).getFileName().toString(), file));
        edits.files().forEach((name, text) -> {
            if (text == null) {
                byName.remove(name);
            } else {
                byName.put(name, new DrlFile(PackFiles.shown(base.dir(), base.dir().resolve(name)), text));
            }
        });
        return byName.values().stream().sorted(Comparator.comparing(DrlFile::path)).toList();
    }

    private static List<Validation.Issue> issues(List<CompileProblem> problems, DrlOutline outline, PackManifest manifest) {
        return problems.stream()
                .map(p -> new Validation.Issue(p.file(), p.line(), p.column(), p.message(), manifest == null ? null : Hints.of(p, outline, manifest)))
                .toList();
    }

    private static Validation.RuleChanges changes(DrlOutline before, DrlOutline after) {
        Map<String, DrlOutline.RuleText> old = before.rules();
        Map<String, DrlOutline.RuleText> now = after.rules();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        now.forEach((name, rule) -> {
            if (!old.containsKey(name)) {
                added.add(name);
            } else if (!Objects.equals(old.get(name).text(), rule.text())) {
                changed.add(name);
            }
        });
        List<String> removed = old.keySet().stream().filter(name -> !now.containsKey(name)).toList();
        return new Validation.RuleChanges(added, removed, changed);
    }
}

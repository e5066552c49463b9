package org.assay.engine.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns of measure ids that rules recommend but {@code pack.yaml} does not declare under
 * {@code measures:}. A misspelt id would otherwise be a new measure that no analyst looks for. Only
 * literal ids are seen ({@code Recommendation.of("ID", ...)} or {@code new Recommendation("ID", ...)}),
 * and a pack that declares no measures is not checked.
 */
final class MeasureCheck {
    private static final Pattern RECOMMENDED = Pattern.compile("\\bRecommendation\\s*(?:\\.\\s*of\\s*)?\\(\\s*\"([^\"\\\\]*)\"");

    private MeasureCheck() {
    }

    static List<CompileProblem> warnings(List<DrlFile> files, PackManifest manifest) {
        List<CompileProblem> warnings = new ArrayList<>();
        if (manifest.measures().isEmpty()) {
            return warnings;
        }
        for (DrlFile file : files) {
            String code = DrlText.withoutComments(file.text());
            Matcher m = RECOMMENDED.matcher(code);
            while (m.find()) {
                String measure = m.group(1);
                if (!manifest.measures().contains(measure)) {
                    warnings.add(new CompileProblem(file.path(), DrlText.line(code, m.start(1)), DrlText.column(code, m.start(1)),
                            "recommends measure \"" + measure + "\", which pack.yaml does not declare under measures"));
                }
            }
        }
        return warnings;
    }
}

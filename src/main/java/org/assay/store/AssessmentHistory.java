package org.assay.store;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assess.AssessmentIds;
import org.assay.facts.Violation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the assessment log, newest first or one entry by its assessment's id, once {@link AssessmentLog} has written all it was given. */
@ApplicationScoped
public class AssessmentHistory {
    private static final String COLUMNS = "assessment_id, pack, pack_version, input_hash, verdict, measures_json, duration_micros, assessed_at, ratings_json";
    private static final String WITH_INPUT = "assessment_id, pack, pack_version, l.input_hash, verdict, measures_json, duration_micros, assessed_at, ratings_json, input_json";
    private static final String JOINED = "assessment_log l LEFT JOIN assessment_input i ON i.input_hash = l.input_hash";
    private static final String NEWEST_FIRST = "assessed_at DESC, id DESC";

    @Inject
    Database database;

    @Inject
    AssessmentLog log;

    /** A logged assessment with the input it assessed, as canonical JSON, for replay. */
    record Replayable(LoggedAssessment entry, String input) {
    }

    public Slice<LoggedAssessment> find(LogQuery query) {
        log.flush();
        return database.read(c -> query.filter().page(c, COLUMNS, "assessment_log", NEWEST_FIRST, query.page(), rs -> entry(rs, null)));
    }

    /**
     * The entry logged under an assessment's id, with its input.
     *
     * @throws InvalidRequestException when the id is not one the service writes
     * @throws UnknownAssessmentException when no entry has it
     */
    public LoggedAssessment find(String id) {
        if (!AssessmentIds.wellFormed(id)) {
            throw new InvalidRequestException("The assessment id is malformed", List.of(new Violation("id",
                    "expected an assessment id as a response gave it, a UUID in lower case such as 0f8fad5b-d9cb-469f-a165-70867728950e, got \"" + id + "\"")));
        }
        log.flush();
        LoggedAssessment found = database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + WITH_INPUT + " FROM " + JOINED + " WHERE assessment_id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? entry(rs, LoggedAssessment.input(rs.getString(10))) : null;
                }
            }
        });
        if (found == null) {
            throw new UnknownAssessmentException(id);
        }
        return found;
    }

    Slice<Replayable> replayable(LogQuery query) {
        log.flush();
        return database.read(c -> query.filter().page(c, WITH_INPUT, "assessment_log l JOIN assessment_input i ON i.input_hash = l.input_hash",
                "assessed_at DESC, l.id DESC", query.page(), rs -> new Replayable(entry(rs, null), rs.getString(10))));
    }

    private static LoggedAssessment entry(ResultSet rs, JsonNode input) throws SQLException {
        return new LoggedAssessment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                LoggedAssessment.ratings(rs.getString(9)), LoggedAssessment.measures(rs.getString(6)), rs.getLong(7),
                rs.getObject(8, OffsetDateTime.class).toInstant(), input);
    }
}

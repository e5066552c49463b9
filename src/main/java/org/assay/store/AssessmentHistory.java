package org.assay.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads the assessment log, newest first, once {@link AssessmentLog} has written all it was given. */
@ApplicationScoped
public class AssessmentHistory {
    private static final String COLUMNS = "id, pack, pack_version, input_hash, verdict, measures_json, duration_micros, assessed_at, ratings_json";
    private static final String WITH_INPUT = "l.id, pack, pack_version, l.input_hash, verdict, measures_json, duration_micros, assessed_at, ratings_json, input_json";
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
        return database.read(c -> query.filter().page(c, COLUMNS, "assessment_log", NEWEST_FIRST, query.page(), AssessmentHistory::entry));
    }

    Slice<Replayable> replayable(LogQuery query) {
        log.flush();
        return database.read(c -> query.filter().page(c, WITH_INPUT, "assessment_log l JOIN assessment_input i ON i.input_hash = l.input_hash",
                "assessed_at DESC, l.id DESC", query.page(), rs -> new Replayable(entry(rs), rs.getString(10))));
    }

    private static LoggedAssessment entry(ResultSet rs) throws SQLException {
        return new LoggedAssessment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                LoggedAssessment.ratings(rs.getString(9)), LoggedAssessment.measures(rs.getString(6)), rs.getLong(7), rs.getObject(8, OffsetDateTime.class).toInstant());
    }
}

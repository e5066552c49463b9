package org.assay.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assess.SavedBases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Saved scenarios in the {@code scenario} table. Each write is one transaction, committed before
 * the method returns, so a scenario the API has acknowledged survives the process being killed.
 * Requests that start from a saved scenario find it here, through {@link SavedBases}.
 */
@ApplicationScoped
public class ScenarioStore implements SavedBases {
    private static final String COLUMNS = "id, pack, pack_version, title, notes, base_json, changes_json, owner, created_at, updated_at, revision";

    @Inject
    Database database;

    @Inject
    ObjectMapper json;

    @Override
    public Optional<SavedScenario> find(String id) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM scenario WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<SavedScenario>empty();
                }
            }
        });
    }

    /** How many characters of JSON the scenario's base and changes hold, or 0 when there is no such scenario; read without reading them. */
    @Override
    public long size(String id) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT LENGTH(base_json) + LENGTH(changes_json) FROM scenario WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /**
     * @param pack only this pack's scenarios, or all when null
     * @param text only scenarios whose title (or notes, when {@code inNotes}) contain this, ignoring case, or all when null
     */
    public Slice<SavedScenario> list(String pack, String text, boolean inNotes, Page page) {
        Filter filter = new Filter();
        if (pack != null) {
            filter.add("pack = ?", pack);
        }
        if (text != null) {
            String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            if (inNotes) {
                filter.add("(LOWER(title) LIKE ? ESCAPE '!' OR LOWER(notes) LIKE ? ESCAPE '!')", pattern, pattern);
            } else {
                filter.add("LOWER(title) LIKE ? ESCAPE '!'", pattern);
            }
        }
        return database.read(c -> filter.page(c, COLUMNS, "scenario", "created_at DESC, id", page, this::row));
    }

    void insert(SavedScenario s) {
        database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO scenario (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, s.id());
                insert.setString(2, s.pack());
                setContent(insert, 3, s);
                insert.setString(8, s.owner());
                insert.setObject(9, utc(s.createdAt()));
                insert.setObject(10, utc(s.updatedAt()));
                insert.setLong(11, s.revision());
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Writes the scenario at its new revision if it is still at the one it was read at: the check and the write are
     * one statement, so of two changes made from the same revision only one is written.
     *
     * @return whether the scenario was still there, at that revision
     */
    boolean update(SavedScenario s, long readAt) {
        return database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE scenario SET pack_version = ?, title = ?, notes = ?, "
                    + "base_json = ?, changes_json = ?, updated_at = ?, revision = ? WHERE id = ? AND revision = ?")) {
                setContent(update, 1, s);
                update.setObject(6, utc(s.updatedAt()));
                update.setLong(7, s.revision());
                update.setString(8, s.id());
                update.setLong(9, readAt);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** @return whether the scenario was still there, at the revision it was read at */
    boolean delete(String id, long readAt) {
        return database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM scenario WHERE id = ? AND revision = ?")) {
                delete.setString(1, id);
                delete.setLong(2, readAt);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static void setContent(PreparedStatement statement, int first, SavedScenario s) throws SQLException {
        statement.setString(first, s.packVersion());
        statement.setString(first + 1, s.title());
        statement.setString(first + 2, s.notes());
        statement.setString(first + 3, s.base().toString());
        statement.setString(first + 4, s.changes().toString());
    }

    private SavedScenario row(ResultSet rs) throws SQLException {
        return new SavedScenario(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                parse(rs.getString(6)), parse(rs.getString(7)), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getLong(11));
    }

    private JsonNode parse(String text) throws SQLException {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored scenario holds JSON that does not parse: " + e.getOriginalMessage(), e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

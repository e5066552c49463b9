package org.assay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a listing, built from the filters a client gave, and the query that reads one
 * page of it. Only given filters become conditions, so no statement carries a {@code ? IS NULL}
 * whose type H2 cannot infer.
 */
final class Filter {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A filter value as the client gave it, or null when it gave none or only blanks. */
    static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void add(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
    }

    /** One page of the table's matching rows in the given order, and how many match in all. */
    <T> Slice<T> page(Connection c, String columns, String table, String order, Page page, Row<T> row) throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + columns + " FROM " + table + where() + " ORDER BY " + order
                + " LIMIT ? OFFSET ?")) {
            int next = bind(select);
            select.setInt(next, page.limit());
            select.setInt(next + 1, page.offset());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(row.read(rs));
                }
            }
        }
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + table + where())) {
            bind(count);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new Slice<>(items, rs.getLong(1), page.limit(), page.offset());
            }
        }
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private int bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }
}

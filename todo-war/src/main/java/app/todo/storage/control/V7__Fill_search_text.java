package app.todo.storage.control;

import app.todo.task.entity.SearchText;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Folds the title and notes of the tasks stored before search (V6) as the application folds them (S1): in Java,
 * so that PostgreSQL and H2 hold the same text. A batch at a time, by id, so that a large table needs no more
 * memory than one batch.
 */
public class V7__Fill_search_text extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        long after = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT id, title, notes FROM task WHERE id > ? ORDER BY id FETCH FIRST " + BATCH
                                    + " ROWS ONLY");
                    PreparedStatement update =
                            connection.prepareStatement("UPDATE task SET search_text = ? WHERE id = ?")) {
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        update.setString(1, SearchText.of(rows.getString(2), rows.getString(3)));
                        update.setLong(2, after);
                        update.addBatch();
                        read++;
                    }
                }
                if (read > 0) {
                    update.executeBatch();
                }
            }
            if (read < BATCH) {
                return;
            }
        }
    }
}

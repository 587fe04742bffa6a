package app.todo.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostedRowTest {

    @Test
    void theClickedRowSitsAtItsPostedIndexWithItsPostedId() {
        List<PostedRow> rows = PostedRow.rowsFor(Map.of("tasks:2:row", "tasks:2:row", "task", "57"));
        assertEquals(3, rows.size());
        assertEquals(57, rows.get(2).getId());
        assertEquals(-1, rows.get(0).getId());
    }

    @Test
    void postsWithoutARowOrWithForgedValuesHaveNoRows() {
        assertNull(PostedRow.rowsFor(Map.of()));
        assertNull(PostedRow.rowsFor(Map.of("add:title", "x")));
        assertNull(PostedRow.rowsFor(Map.of("tasks:2:row", "tasks:2:row", "task", "abc")));
        assertNull(PostedRow.rowsFor(Map.of("tasks:100:row", "tasks:100:row", "task", "1")));
        assertNull(PostedRow.rowsFor(Map.of("tasks:99999999999:row", "x", "task", "1")));
    }
}

package app.todo.task.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskFilterTest {

    @DisplayName("T7: all, pending or done in the URL selects the tasks shown")
    @ParameterizedTest
    @CsvSource({"all,ALL", "pending,PENDING", "done,DONE", "DONE,DONE", " done ,DONE"})
    void theUrlValueSelectsTheFilter(String param, TaskFilter expected) {
        assertEquals(expected, TaskFilter.fromParam(param));
    }

    @DisplayName("T7: any other filter in the URL shows every task, not an error")
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"finished", "<script>", "' OR 1=1 --", "dоne"})
    void anythingElseShowsEveryTask(String param) {
        assertEquals(TaskFilter.ALL, TaskFilter.fromParam(param));
    }

    @DisplayName("T7: each filter selects tasks by their state and reads back from the URL")
    @ParameterizedTest
    @CsvSource({"ALL,", "PENDING,false", "DONE,true"})
    void eachFilterSelectsByDone(TaskFilter filter, Boolean done) {
        if (done == null) {
            assertNull(filter.done());
        } else {
            assertEquals(done, filter.done());
        }
        assertEquals(filter, TaskFilter.fromParam(filter.param()));
    }
}

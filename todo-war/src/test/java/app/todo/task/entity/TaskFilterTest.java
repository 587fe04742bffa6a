package app.todo.task.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskFilterTest {

    @ParameterizedTest
    @CsvSource({"all,ALL", "pending,PENDING", "done,DONE", "DONE,DONE", " done ,DONE"})
    void theUrlValueSelectsTheFilter(String param, TaskFilter expected) {
        assertEquals(expected, TaskFilter.fromParam(param));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"finished", "<script>", "' OR 1=1 --", "dоne"})
    void anythingElseShowsEveryTask(String param) {
        assertEquals(TaskFilter.ALL, TaskFilter.fromParam(param));
    }

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

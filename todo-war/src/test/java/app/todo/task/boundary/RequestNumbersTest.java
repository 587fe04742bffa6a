package app.todo.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestNumbersTest {

    @DisplayName("T5: a forged task id is read as no id at all")
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-1", "1.5", "abc", "1e3", " 7", "٣", "9999999999999999999", "1; DROP TABLE task"})
    void forgedIdsAreAbsent(String value) {
        assertNull(RequestNumbers.id(value));
    }

    @DisplayName("T5: plain digits name a task")
    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "999999999999999999"})
    void digitsAreIds(String value) {
        assertEquals(Long.parseLong(value), RequestNumbers.id(value));
    }

    @DisplayName("T7: a page number out of range shows the first page")
    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "x", "99999999999"})
    void pagesOutOfRangeFallBack(String value) {
        assertEquals(1, RequestNumbers.positiveInt(value, 1));
    }
}

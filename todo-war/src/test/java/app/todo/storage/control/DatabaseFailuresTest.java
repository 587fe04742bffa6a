package app.todo.storage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void connectionFailuresAnywhereInTheChainMeanUnavailable() {
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(new ConnectException("refused"))));
        assertTrue(DatabaseFailures.isUnavailable(new IllegalStateException(new SQLException("gone", "08006"))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("shutting down", "57P01")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("syntax", "42601")));
        assertFalse(DatabaseFailures.isUnavailable(new NullPointerException()));
    }

    @Test
    void theDescriptionNamesTheInnermostCause() {
        assertEquals(
                "ConnectException: refused",
                DatabaseFailures.describe(new RuntimeException("outer", new ConnectException("refused"))));
    }
}

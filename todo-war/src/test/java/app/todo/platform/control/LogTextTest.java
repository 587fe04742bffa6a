package app.todo.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aLineBreakCannotStartAForgedLogLine() {
        assertEquals(
                "Paris\\n2026-12-01T00:00:00Z SEVERE forged", LogText.of("Paris\n2026-12-01T00:00:00Z SEVERE forged"));
        assertEquals("a\\r\\nb\\tc\\\\n", LogText.of("a\r\nb\tc\\n"));
        assertEquals("a\\u2028b\\u0085c", LogText.of("a\u2028b\u0085c"), "Unicode line and next-line separators");
    }

    @Test
    void controlDirectionAndInvisibleCharactersAreShownAsEscapes() {
        assertEquals("a\\u0000b\\u001Bc", LogText.of("a\u0000b\u001Bc"));
        assertEquals("pay\\u202Eexe.txt", LogText.of("pay\u202Eexe.txt"));
        assertEquals("zero\\u200Bwidth", LogText.of("zero\u200Bwidth"));
        assertEquals("lone \\uD800", LogText.of("lone \uD800"));
    }

    @Test
    void ordinaryTextOfAnyScriptIsKeptAsItIs() {
        assertEquals("São Paulo, 東京, Zürich 😀 <b>' OR 1=1", LogText.of("São Paulo, 東京, Zürich 😀 <b>' OR 1=1"));
        assertEquals("null", LogText.of(null));
    }

    @Test
    void longTextIsCut() {
        assertEquals("x".repeat(LogText.MAX_LENGTH) + "…", LogText.of("x".repeat(1_000_000)));
        assertEquals("x".repeat(LogText.MAX_LENGTH), LogText.of("x".repeat(LogText.MAX_LENGTH)));
    }
}

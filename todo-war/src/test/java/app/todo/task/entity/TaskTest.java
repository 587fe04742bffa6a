package app.todo.task.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    private static List<String> refusals(String title) {
        Set<ConstraintViolation<Task>> violations = validator.validate(new Task(title));
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    @DisplayName("T1: a title is stored without the spaces around it")
    @Test
    void titlesAreTrimmed() {
        assertEquals("Buy milk", new Task("  Buy milk\t\n").getTitle());
        assertEquals("Ünïcødé 東京", new Task("\u2003Ünïcødé 東京 ").getTitle());
        assertNull(new Task(null).getTitle());
    }

    @DisplayName("T2: a blank title is refused with \"Please enter a task\"")
    @Test
    void blankTitlesAreRefused() {
        assertEquals(List.of("Please enter a task"), refusals("   "));
        assertEquals(List.of("Please enter a task"), refusals(null));
    }

    @DisplayName("T3: a title of 200 characters is taken, one over 200 is refused")
    @Test
    void twoHundredCharactersAreTheMost() {
        assertTrue(refusals("x".repeat(200)).isEmpty());
        assertTrue(refusals("  " + "x".repeat(200) + "  ").isEmpty(), "spaces around do not count");
        assertEquals(List.of("A task has at most 200 characters"), refusals("x".repeat(201)));
        assertEquals(
                List.of("A task has at most 200 characters"),
                refusals("x".repeat(1_000_000)),
                "a megabyte is refused for its length, every other rule still checked");
    }

    @DisplayName("T4: a title with a line break or a control character is refused")
    @Test
    void controlCharactersAreRefused() {
        assertEquals(
                List.of("A task cannot contain line breaks, control characters or unreadable characters"),
                refusals("a\u0000b"));
        assertEquals(
                List.of("A task cannot contain line breaks, control characters or unreadable characters"),
                refusals("two\nlines"));
        assertEquals(1, refusals("caf\uFFFD(").size(), "a replacement character means bytes that were not UTF-8");
        assertTrue(refusals("Café ☕ 東京 <b>&amp;</b> ' OR 1=1 --").isEmpty());
    }

    @DisplayName("T4: a title with invisible or text-direction characters is refused")
    @Test
    void invisibleAndDirectionCharactersAreRefused() {
        String refusal = "A task cannot contain invisible characters or characters that change the direction of text";
        for (String title : new String[] {
            "pay\u202Eevil.exe",
            "Buy\u200Bmilk",
            "\uFEFFBuy milk",
            "Buy\u2060milk",
            "Buy\u00ADmilk",
            "isolate \u2067a\u2069",
            "left\u200Emark",
            "lone \uD800 surrogate",
            "lone \uDC00 low"
        }) {
            assertEquals(List.of(refusal), refusals(title), title);
        }
    }

    @DisplayName("T4: the joiners that scripts, emoji and flags need are accepted")
    @Test
    void theJoinersThatScriptsAndEmojiNeedAreKept() {
        assertTrue(
                refusals("Persian \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")
                        .isEmpty(),
                "ZWNJ in Persian");
        assertTrue(refusals("Code \uD83D\uDC69\u200D\uD83D\uDCBB review").isEmpty(), "ZWJ in an emoji sequence");
        assertTrue(
                refusals("Trip \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F")
                        .isEmpty(),
                "the tag characters of a flag");
        assertTrue(refusals("Emoji \uD83D\uDE00 and \u6771\u4EAC").isEmpty(), "surrogate pairs are characters");
    }

    @DisplayName("T7: a new task is pending and has its creation time")
    @Test
    void aNewTaskIsPendingWithACreationTime() {
        Task task = new Task("New");
        task.addTo(1L, 2L);
        assertEquals(false, task.isDone());
        assertTrue(task.getCreatedAt() != null);
    }
}

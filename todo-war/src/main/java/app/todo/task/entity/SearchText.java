package app.todo.task.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search compares (S1): text with case and accents folded away, so that "cafe" finds "Café" and "ÉTÉ" finds
 * "été". A task keeps its title and notes folded in one column, and a query is folded the same way; both sides are
 * folded here, in Java, so that PostgreSQL and H2 compare the same strings.
 */
public final class SearchText {

    /** A query's length bound, in characters, before folding. */
    public static final int QUERY_MAX_LENGTH = 200;

    /** The folded column's bound: folding may lengthen text (ﬁ → fi), never past this. */
    static final int STORED_MAX_LENGTH = 12_000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private SearchText() {}

    /**
     * Why a query cannot be searched for, or null when it can: at most {@link #QUERY_MAX_LENGTH} characters, and no
     * control characters (no title holds them, and PostgreSQL takes no NUL in text).
     */
    public static String refusal(String query) {
        if (query.length() > QUERY_MAX_LENGTH) {
            return "q must be at most " + QUERY_MAX_LENGTH + " characters";
        }
        return CONTROL.matcher(query).find() ? "q must be one line of text, without control characters" : null;
    }

    /** Compatibility-decomposed, marks removed, lower case, surrounding space stripped. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** What a task stores for search: its title and notes, folded. */
    public static String of(String title, String notes) {
        String folded = notes == null ? fold(title) : fold(title) + "\n" + fold(notes);
        return folded.length() > STORED_MAX_LENGTH ? folded.substring(0, STORED_MAX_LENGTH) : folded;
    }

    /** A LIKE pattern that finds the folded query anywhere: its own % and _ (and the escape, !) match themselves. */
    public static String containing(String query) {
        String escaped = fold(query).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}

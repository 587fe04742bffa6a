package app.todo.task.boundary;

import app.todo.platform.boundary.JsonBodies;

/** The API's query parameters: a number out of its range, or no number, is 400 naming it (T11). */
final class Queries {

    private Queries() {}

    /** The parameter's whole number, the fallback without it. */
    static int number(String field, String value, int min, int max, int fallback) {
        return (int) number(field, value, min, (long) max, fallback);
    }

    static long number(String field, String value, long min, long max, long fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        Long number = RequestNumbers.id(value);
        if (number == null || number < min || number > max) {
            throw JsonBodies.refused(field, field + " must be a whole number from " + min + " to " + max);
        }
        return number;
    }
}

package app.todo.task.boundary;

/** Reads numbers from request parameters that anyone can forge: anything odd is treated as absent. */
final class RequestNumbers {

    private static final int MAX_DIGITS = 18;

    private RequestNumbers() {}

    static Long id(String value) {
        if (value == null
                || value.isEmpty()
                || value.length() > MAX_DIGITS
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(value);
    }

    static int positiveInt(String value, int fallback) {
        Long number = id(value);
        return number == null || number < 1 || number > Integer.MAX_VALUE ? fallback : number.intValue();
    }
}

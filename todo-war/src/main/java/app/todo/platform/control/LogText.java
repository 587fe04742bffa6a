package app.todo.platform.control;

/**
 * Text from outside (a city typed in the weather box, a request path, a message quoting either) as it goes into
 * a log line: line breaks, other control characters, text-direction and invisible format characters written as
 * escapes, so that nobody can forge or disguise a log line; cut at {@value #MAX_LENGTH} characters.
 */
public final class LogText {

    static final int MAX_LENGTH = 200;

    private LogText() {}

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        text.codePoints().limit(MAX_LENGTH).forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    int type = Character.getType(c);
                    if (type == Character.CONTROL
                            || type == Character.FORMAT
                            || type == Character.SURROGATE
                            || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            out.append("…");
        }
        return out.toString();
    }
}

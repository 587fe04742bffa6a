package app.todo.task.entity;

import java.util.Locale;

/** Which tasks a listing shows; the lower-case name is what the URL carries ({@code ?filter=done}). */
public enum TaskFilter {
    ALL(null),
    PENDING(Boolean.FALSE),
    DONE(Boolean.TRUE);

    private final Boolean done;

    TaskFilter(Boolean done) {
        this.done = done;
    }

    /** The {@code done} value the filter selects, or null for every task. */
    public Boolean done() {
        return done;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An unknown or missing value shows every task rather than an error: it is only a view choice. */
    public static TaskFilter fromParam(String value) {
        if (value != null) {
            for (TaskFilter filter : values()) {
                if (filter.param().equalsIgnoreCase(value.strip())) {
                    return filter;
                }
            }
        }
        return ALL;
    }
}

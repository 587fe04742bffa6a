package app.todo.task.entity;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much a task matters; stored as its ordinal (0 to 3), named in lower case in JSON and URLs. */
public enum Priority {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> fromParam(String value) {
        return Arrays.stream(values()).filter(p -> p.param().equals(value)).findFirst();
    }

    /** JSON-B: "high", not "HIGH". An unknown name is refused before binding (JsonBodies), so never reaches here. */
    public static class Json implements JsonbAdapter<Priority, String> {
        @Override
        public String adaptToJson(Priority priority) {
            return priority.param();
        }

        @Override
        public Priority adaptFromJson(String value) {
            return value == null
                    ? NONE
                    : fromParam(value).orElseThrow(() -> new IllegalArgumentException("Unknown priority " + value));
        }
    }
}

package app.todo.task.entity;

import jakarta.json.bind.adapter.JsonbAdapter;

/** How a list's tasks are sorted (O1); named in lower case in URLs and JSON, stored by name. */
public enum TaskSort {
    POSITION("position", "t.position, t.id"),
    DUE("due", "t.dueDate nulls last, t.dueTime nulls first, t.position, t.id"),
    PRIORITY("priority", "t.priority desc, t.position, t.id"),
    CREATED("created", "t.createdAt, t.id");

    private final String param;
    private final String jpql;

    TaskSort(String param, String jpql) {
        this.param = param;
        this.jpql = jpql;
    }

    /** The name in URLs, JSON and the column. */
    public String param() {
        return param;
    }

    /** The order on {@code Task t} in JPQL. */
    public String jpql() {
        return jpql;
    }

    /** The sort of that name, or null when none is. */
    public static TaskSort fromParam(String param) {
        for (TaskSort sort : values()) {
            if (sort.param.equals(param)) {
                return sort;
            }
        }
        return null;
    }

    /** Lower-case names in JSON, as in URLs. */
    public static class Json implements JsonbAdapter<TaskSort, String> {
        @Override
        public String adaptToJson(TaskSort sort) {
            return sort.param;
        }

        @Override
        public TaskSort adaptFromJson(String param) {
            TaskSort sort = fromParam(param);
            if (sort == null) {
                throw new IllegalArgumentException("sort must be position, due, priority or created");
            }
            return sort;
        }
    }
}

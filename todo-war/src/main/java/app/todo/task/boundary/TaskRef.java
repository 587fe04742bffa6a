package app.todo.task.boundary;

/**
 * A row's task as the person saw it: its id and the version shown. A row's buttons post it as
 * {@code id.version} ({@code name="done" value="12.3"}), so that a tick on a task changed meanwhile is refused
 * rather than applied to what the person did not see (T5).
 */
record TaskRef(long id, long version) {

    /** The ref a button posts, or null when it is none (T7: anything odd reads as absent). */
    static TaskRef parse(String value) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot < 0) {
            return null;
        }
        Long id = RequestNumbers.id(value.substring(0, dot));
        Long version = RequestNumbers.id(value.substring(dot + 1));
        return id == null || version == null ? null : new TaskRef(id, version);
    }

    @Override
    public String toString() {
        return id + "." + version;
    }
}

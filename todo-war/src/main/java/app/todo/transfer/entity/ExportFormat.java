package app.todo.transfer.entity;

/**
 * The JSON export file (docs/export-format.md): {@code {"format": "todo-export", "version": 1, "exportedAt": …,
 * "lists": [{"name", "inbox", "sort", "tasks": [ExportedTask…]}…]}}, every list of the person's with its tasks in their
 * order; no ids, versions or owners, so a file moves between accounts and servers. Exports writes it as it reads
 * (a stream, not a tree); Imports walks it to know each task's line.
 */
public final class ExportFormat {

    public static final String FORMAT = "todo-export";
    public static final int VERSION = 1;

    private ExportFormat() {}
}

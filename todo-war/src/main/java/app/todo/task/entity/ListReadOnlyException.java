package app.todo.task.entity;

/** A change asked of a list shared with the caller to view only (H3): the API answers 403, the page says so. */
public class ListReadOnlyException extends RuntimeException {

    private final long listId;

    public ListReadOnlyException(long listId) {
        super("List " + listId + " is shared with you to view: its tasks cannot be changed");
        this.listId = listId;
    }

    public long listId() {
        return listId;
    }
}

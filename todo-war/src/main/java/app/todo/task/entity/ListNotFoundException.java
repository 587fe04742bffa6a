package app.todo.task.entity;

/**
 * The list was deleted meanwhile, never existed, or is another account's (L2).
 *
 * @param named whether a task named it (its {@code listId}): then the request is wrong (400), not the address (404)
 */
public class ListNotFoundException extends RuntimeException {

    private final long id;
    private final boolean named;

    public ListNotFoundException(long id, boolean named) {
        super("List " + id + " does not exist");
        this.id = id;
        this.named = named;
    }

    public long id() {
        return id;
    }

    public boolean named() {
        return named;
    }
}

package app.todo.task.entity;

/** The task was deleted meanwhile, or never existed. */
public class TaskNotFoundException extends RuntimeException {

    private final long id;

    public TaskNotFoundException(long id) {
        super("Task " + id + " does not exist");
        this.id = id;
    }

    public long id() {
        return id;
    }
}

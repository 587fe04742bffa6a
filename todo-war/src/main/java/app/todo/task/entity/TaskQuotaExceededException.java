package app.todo.task.entity;

/** An account's list holds as many tasks as one may ({@code todo.max-tasks-per-account}); nothing was added. */
public class TaskQuotaExceededException extends RuntimeException {

    private final long limit;

    public TaskQuotaExceededException(long limit) {
        super("The list holds " + limit + " tasks, the most it may hold");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}

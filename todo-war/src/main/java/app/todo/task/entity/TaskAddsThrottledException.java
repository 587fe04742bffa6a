package app.todo.task.entity;

/** The account added as many tasks as it may in a minute ({@code todo.adds-per-minute}); nothing was added. */
public class TaskAddsThrottledException extends RuntimeException {

    private final long perMinute;
    private final long retryAfterSeconds;

    public TaskAddsThrottledException(long perMinute, long retryAfterSeconds) {
        super("More than " + perMinute + " adds a minute; the next in " + retryAfterSeconds + " s");
        this.perMinute = perMinute;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long perMinute() {
        return perMinute;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

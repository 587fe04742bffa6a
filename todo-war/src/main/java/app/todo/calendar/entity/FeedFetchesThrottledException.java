package app.todo.calendar.entity;

/** A feed fetched more often than {@code todo.calendar.fetches-per-hour} (C3): try again in that many seconds. */
public class FeedFetchesThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    public FeedFetchesThrottledException(long retryAfterSeconds) {
        super("Calendar feed fetched too often; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

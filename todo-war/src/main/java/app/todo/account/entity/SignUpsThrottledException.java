package app.todo.account.entity;

/** As many accounts were created lately as this client address, or the whole service, may create: none was. */
public class SignUpsThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    public SignUpsThrottledException(long retryAfterSeconds) {
        super("Too many accounts created lately; the next in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

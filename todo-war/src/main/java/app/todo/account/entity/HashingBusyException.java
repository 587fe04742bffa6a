package app.todo.account.entity;

/** As many passwords are being hashed as the service affords, and as many wait: nothing was checked or changed. */
public class HashingBusyException extends RuntimeException {

    /** A hash takes under a second; by then a place is free. */
    public static final long RETRY_AFTER_SECONDS = 2;

    public HashingBusyException(Throwable cause) {
        super("Too many passwords are being hashed at once", cause);
    }
}

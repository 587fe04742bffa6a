package app.todo.account.entity;

import java.time.Duration;

/** What a sign-in attempt came to. */
public sealed interface SignInOutcome {

    record Accepted(long accountId, String name) implements SignInOutcome {}

    /** The user name or the password is wrong; which of the two is not told. */
    record Refused() implements SignInOutcome {}

    /** Too many failures lately, for this name or from this address: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements SignInOutcome {}

    /** Nothing was checked: as many passwords are being hashed as the service affords (HashingBulkhead). */
    record Busy(Duration retryAfter) implements SignInOutcome {}
}

package app.todo.account.entity;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

/** How long a new API token works (A14): the choices the page offers, and the API's {@code expires}. */
public enum TokenLifetime {
    DAYS_30(Period.ofDays(30)),
    DAYS_90(Period.ofDays(90)),
    YEAR(Period.ofYears(1)),
    NEVER(null);

    private final Period period;

    TokenLifetime(Period period) {
        this.period = period;
    }

    /** When a token created at that instant expires; empty for {@link #NEVER}. */
    public Optional<Instant> expiry(Instant created) {
        return Optional.ofNullable(period)
                .map(p -> created.atOffset(ZoneOffset.UTC).plus(p).toInstant());
    }
}

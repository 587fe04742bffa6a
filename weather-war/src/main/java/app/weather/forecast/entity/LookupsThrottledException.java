package app.weather.forecast.entity;

import java.time.Duration;

/** A lookup that would ask the provider was refused by one of our own bounds (429); the provider was not asked. */
public class LookupsThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public LookupsThrottledException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

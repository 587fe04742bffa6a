package app.weather.forecast.entity;

import java.time.Duration;

/** The upstream weather API failed; the kind decides the answer's status. */
public class UpstreamException extends RuntimeException {

    public enum Kind {
        /** It answered something we cannot use: 502. */
        UNUSABLE(502, "The weather provider answered something unusable"),
        /** It could not be reached: 503. */
        UNREACHABLE(503, "The weather provider cannot be reached right now"),
        /** It did not answer in time: 504. */
        TOO_SLOW(504, "The weather provider did not answer in time"),
        /** It asked us to slow down (HTTP 429): 503, until the time it gave. */
        RATE_LIMITED(503, "The weather provider asks us to slow down; try again later");

        private final int status;
        private final String message;

        Kind(int status, String message) {
            this.status = status;
            this.message = message;
        }

        public int status() {
            return status;
        }

        public String message() {
            return message;
        }
    }

    private final Kind kind;
    /** The HTTP status the provider answered, or 0 when it answered none (unreachable, too slow, unreadable). */
    private final int answered;

    protected UpstreamException(Kind kind, String reason, Throwable cause) {
        this(kind, reason, cause, 0);
    }

    protected UpstreamException(Kind kind, String reason, Throwable cause, int answered) {
        super(reason, cause);
        this.kind = kind;
        this.answered = answered;
    }

    /** The provider answered this HTTP status, which means it failed (503: unreachable; others: unusable). */
    public static UpstreamException answered(int status) {
        String reason = "answered HTTP " + status;
        return status == 503
                ? new Unreachable(reason, null, status)
                : new UpstreamException(Kind.UNUSABLE, reason, null, status);
    }

    /** The same failure, its message saying which call it was ("Open-Meteo forecast answered HTTP 500"). */
    public UpstreamException of(String what) {
        String reason = what + " " + getMessage();
        if (this instanceof RateLimited limited) {
            return new RateLimited(reason, limited.retryAfter());
        }
        return kind == Kind.UNREACHABLE
                ? new Unreachable(reason, getCause(), answered)
                : new UpstreamException(kind, reason, getCause(), answered);
    }

    public int answeredStatus() {
        return answered;
    }

    /** An unreachable provider gets its own type: it is the one failure worth a retry. */
    public static UpstreamException of(Kind kind, String reason, Throwable cause) {
        return kind == Kind.UNREACHABLE ? new Unreachable(reason, cause) : new UpstreamException(kind, reason, cause);
    }

    /**
     * The provider answered 429: asked again before {@code retryAfter} is over, it would only refuse again. Never
     * retried, and no failure of the provider's for the circuit breaker: it is up, and says when to come back.
     */
    public static class RateLimited extends UpstreamException {
        private final Duration retryAfter;

        public RateLimited(String reason, Duration retryAfter) {
            super(Kind.RATE_LIMITED, reason, null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    public static class Unreachable extends UpstreamException {
        Unreachable(String reason, Throwable cause) {
            this(reason, cause, 0);
        }

        Unreachable(String reason, Throwable cause, int answered) {
            super(Kind.UNREACHABLE, reason, cause, answered);
        }
    }

    public Kind kind() {
        return kind;
    }
}

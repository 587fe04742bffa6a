package app.weather.forecast.control;

import app.weather.forecast.entity.UpstreamException;
import app.weather.forecast.entity.UpstreamException.Kind;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * What every call to a provider shares: the reading of its failures. Its error statuses are read by
 * {@link UpstreamFailures} on the declared clients; here the rest: no connection, no answer in time, an answer that
 * is not the JSON it should be.
 */
final class UpstreamCalls {

    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_RATE_LIMIT_WAIT = Duration.ofHours(1);

    private UpstreamCalls() {}

    /** Runs one call, turning transport failures and unusable answers into {@link UpstreamException}. */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (UpstreamException failed) {
            throw failed.of(what);
        } catch (ProcessingException
                | JsonException
                | JsonbException
                | ClassCastException
                | IllegalStateException failed) {
            throw classify(what, failed);
        }
    }

    /** How long a 429 asks us to wait: its Retry-After in seconds or as a date, else a minute; at most an hour. */
    static Duration retryAfter(String header, Instant now) {
        Duration wait = DEFAULT_RATE_LIMIT_WAIT;
        if (header != null && !header.isBlank()) {
            String value = header.strip();
            try {
                wait = value.chars().allMatch(Character::isDigit)
                        ? Duration.ofSeconds(Long.parseLong(value))
                        : Duration.between(
                                now,
                                ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                                        .toInstant());
            } catch (NumberFormatException | DateTimeParseException unreadable) {
                wait = DEFAULT_RATE_LIMIT_WAIT;
            }
        }
        return wait.isNegative()
                ? Duration.ZERO
                : wait.compareTo(LONGEST_RATE_LIMIT_WAIT) > 0 ? LONGEST_RATE_LIMIT_WAIT : wait;
    }

    private static UpstreamException classify(String what, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UpstreamException answered) {
                return answered.of(what); // the client may wrap what our mapper made
            }
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return UpstreamException.of(Kind.TOO_SLOW, what + " timed out", failure);
            }
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof SocketException) {
                return UpstreamException.of(Kind.UNREACHABLE, what + " unreachable: " + t.getMessage(), failure);
            }
        }
        return UpstreamException.of(
                Kind.UNUSABLE, what + " gave an unreadable answer: " + failure.getMessage(), failure);
    }

    static UpstreamException unusable(String what, String reason) {
        return UpstreamException.of(Kind.UNUSABLE, what + ": " + reason, null);
    }

    /** A field the answer must have. */
    static <T> T required(T value, String what, String field) {
        if (value == null) {
            throw unusable(what, "no '" + field + "'");
        }
        return value;
    }
}

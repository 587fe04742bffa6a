package app.weather.forecast.control;

import app.weather.forecast.entity.UpstreamException;
import app.weather.forecast.entity.UpstreamException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * What every upstream call shares: MicroProfile REST clients with the configured timeouts, and the reading
 * of failures and answers.
 */
@ApplicationScoped
public class UpstreamCalls {

    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_RATE_LIMIT_WAIT = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "weather.connect-timeout-ms")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "weather.read-timeout-ms")
    long readTimeoutMillis;

    <T> T client(Class<T> api, String baseUrl) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                .build(api);
    }

    /** Runs one call, turning transport failures and unusable answers into {@link UpstreamException}. */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException answered) {
            int status = answered.getResponse().getStatus();
            if (status == 429) {
                Duration wait = retryAfter(answered.getResponse().getHeaderString("Retry-After"), Instant.now());
                throw new UpstreamException.RateLimited(
                        what + " answered HTTP 429, wait " + wait.toSeconds() + " s", wait);
            }
            throw UpstreamException.of(
                    status == 503 ? Kind.UNREACHABLE : Kind.UNUSABLE, what + " answered HTTP " + status, answered);
        } catch (ProcessingException | JsonException | ClassCastException | IllegalStateException failed) {
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

    static double number(JsonObject object, String field, String what) {
        JsonValue value = object == null ? null : object.get(field);
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        throw unusable(what, "no number '" + field + "'");
    }

    static String text(JsonObject object, String field) {
        JsonValue value = object == null ? null : object.get(field);
        return value instanceof JsonString string ? string.getString() : null;
    }

    static JsonObject object(JsonObject object, String field, String what) {
        JsonValue value = object == null ? null : object.get(field);
        if (value instanceof JsonObject child) {
            return child;
        }
        throw unusable(what, "no object '" + field + "'");
    }
}

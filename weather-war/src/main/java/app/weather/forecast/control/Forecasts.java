package app.weather.forecast.control;

import app.weather.forecast.entity.CityNotFoundException;
import app.weather.forecast.entity.LookupsThrottledException;
import app.weather.forecast.entity.UpstreamException;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WeatherQuery;
import app.weather.platform.control.DataGrid;
import app.weather.platform.control.SharedCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

/**
 * Current weather per city or location and units, cached. A fresh entry (younger than {@code WEATHER_CACHE_TTL}) answers without
 * asking the provider; an older one is kept a while longer to stand in, marked stale, when the provider fails. The
 * cache is the data grid's where replicas are clustered (F16): a city fetched through one is a hit on all.
 */
@ApplicationScoped
public class Forecasts {

    private static final Logger LOG = Logger.getLogger(Forecasts.class.getName());

    @Inject
    Upstream upstream;

    @Inject
    LookupRate lookupRate;

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "weather.cache.ttl")
    String ttlSetting;

    @Inject
    @ConfigProperty(name = "weather.cache.stale-for")
    Duration staleFor;

    @Inject
    @ConfigProperty(name = "weather.cache.max-entries")
    long maxEntries;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private final Clock clock = Clock.systemUTC();
    private Duration ttl;
    private SharedCache cache;
    private Counter hits;
    private Counter misses;
    private Counter staleAnswers;
    private Counter failures;
    private Timer upstreamTime;

    /**
     * A weather answer as the service answers it (JSON, for the fast path) and when it was fetched; stored as the
     * instant's milliseconds then the JSON, bytes any member of the grid can hold.
     */
    private record Fetched(Instant at, byte[] json) {

        static Fetched of(Weather weather, Instant at) {
            return new Fetched(at, weather.toJson());
        }

        static Instant fetchedAt(byte[] stored) {
            return Instant.ofEpochMilli(ByteBuffer.wrap(stored).getLong(0));
        }

        static Fetched from(byte[] stored) {
            return stored == null
                    ? null
                    : new Fetched(fetchedAt(stored), Arrays.copyOfRange(stored, Long.BYTES, stored.length));
        }

        byte[] stored() {
            return ByteBuffer.allocate(Long.BYTES + json.length)
                    .putLong(at.toEpochMilli())
                    .put(json)
                    .array();
        }

        Weather weather() {
            return Weather.JSON.fromJson(new ByteArrayInputStream(json), Weather.class);
        }
    }

    @PostConstruct
    void start() {
        ttl = durationOf(ttlSetting);
        cache = grid.cache("weather-forecasts", ttl.plus(staleFor), maxEntries);
        hits = metrics.counter("weather_cache_hits");
        misses = metrics.counter("weather_cache_misses");
        staleAnswers = metrics.counter("weather_stale_answers");
        failures = metrics.counter("weather_upstream_failures");
        upstreamTime = metrics.timer("weather_upstream_duration");
        LOG.info(
                () -> "Weather cached for " + ttl + ", kept " + staleFor + " more to stand in when the provider fails");
    }

    /** "600" is seconds; "PT10M" or "10m" are durations. */
    static Duration durationOf(String setting) {
        String value = setting.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        return Duration.parse(value.toUpperCase().startsWith("P") ? value : "PT" + value);
    }

    /**
     * The JSON of a fresh cached answer, or null: lets cache hits be answered without entering JAX-RS
     * (see {@code CachedWeatherFilter}).
     */
    public byte[] freshJson(WeatherQuery query) {
        Fetched cached = cached(query);
        return isFresh(cached) ? cached.json() : null;
    }

    /**
     * @param client the asking client's address, for the bounds on lookups that ask the provider
     * @throws LookupsThrottledException when a bound is reached and no older answer can stand in
     */
    public CompletionStage<Weather> current(WeatherQuery query, String client) {
        Fetched cached = cached(query);
        if (isFresh(cached)) {
            return CompletableFuture.completedFuture(cached.weather());
        }
        try {
            lookupRate.take(client);
        } catch (LookupsThrottledException throttled) {
            if (cached == null) {
                throw throttled;
            }
            staleAnswers.inc();
            return CompletableFuture.completedFuture(cached.weather().asStale(age(cached)));
        }
        misses.inc();
        Timer.Context timing = upstreamTime.time();
        return upstream.fetch(query).handle((weather, failure) -> {
            timing.stop();
            if (failure == null) {
                cache.put(query.key(), Fetched.of(weather, clock.instant()).stored());
                return weather;
            }
            Throwable cause = unwrapped(failure);
            if (cause instanceof CityNotFoundException notFound) {
                throw notFound;
            }
            failures.inc();
            UpstreamException upstreamFailure = asUpstreamFailure(cause);
            LOG.warning(() -> "Weather for '" + query.display() + "' failed: " + upstreamFailure.getMessage());
            if (cached != null) {
                staleAnswers.inc();
                return cached.weather().asStale(age(cached));
            }
            throw upstreamFailure;
        });
    }

    /** The cached answer, fresh or not; where the grid is shared, a near copy past the TTL is read again from it. */
    private Fetched cached(WeatherQuery query) {
        return Fetched.from(cache.get(query.key(), stored -> isYoung(Fetched.fetchedAt(stored))));
    }

    private boolean isYoung(Instant fetchedAt) {
        return Duration.between(fetchedAt, clock.instant()).compareTo(ttl) < 0;
    }

    /** Whether there is a cached answer younger than the TTL (counted as a hit). */
    private boolean isFresh(Fetched cached) {
        if (cached != null && isYoung(cached.at())) {
            hits.inc();
            return true;
        }
        return false;
    }

    private Duration age(Fetched fetched) {
        return Duration.between(fetched.at(), clock.instant());
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Fault Tolerance's own refusals, in the terms of the answer. */
    static UpstreamException asUpstreamFailure(Throwable cause) {
        if (cause instanceof UpstreamException upstream) {
            return upstream;
        }
        if (cause instanceof TimeoutException) {
            return UpstreamException.of(UpstreamException.Kind.TOO_SLOW, "no answer within the time bound", cause);
        }
        if (cause instanceof CircuitBreakerOpenException) {
            return UpstreamException.of(
                    UpstreamException.Kind.UNREACHABLE,
                    "circuit open after repeated failures; not asking for a while",
                    cause);
        }
        if (cause instanceof BulkheadException) {
            return UpstreamException.of(
                    UpstreamException.Kind.UNREACHABLE, "too many requests waiting for the provider", cause);
        }
        return UpstreamException.of(UpstreamException.Kind.UNUSABLE, "unexpected failure: " + cause, cause);
    }
}

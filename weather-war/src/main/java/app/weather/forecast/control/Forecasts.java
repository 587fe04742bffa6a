package app.weather.forecast.control;

import app.weather.forecast.entity.CityNotFoundException;
import app.weather.forecast.entity.LookupsThrottledException;
import app.weather.forecast.entity.UpstreamException;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WeatherQuery;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
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
 * asking the provider; an older one is kept a while longer to stand in, marked stale, when the provider fails.
 */
@ApplicationScoped
public class Forecasts {

    private static final Logger LOG = Logger.getLogger(Forecasts.class.getName());

    @Inject
    Upstream upstream;

    @Inject
    LookupRate lookupRate;

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
    private Cache<String, Fetched> cache;
    private Counter hits;
    private Counter misses;
    private Counter staleAnswers;
    private Counter failures;
    private Timer upstreamTime;

    /** A weather answer, when it was fetched, and its JSON as the service answers it (for the fast path). */
    private record Fetched(Weather weather, Instant at, byte[] json) {}

    @PostConstruct
    void start() {
        ttl = durationOf(ttlSetting);
        cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(ttl.plus(staleFor).toNanos(), TimeUnit.NANOSECONDS)
                .build();
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
        Fetched fresh = fresh(query);
        return fresh == null ? null : fresh.json();
    }

    /**
     * @param client the asking client's address, for the bounds on lookups that ask the provider
     * @throws LookupsThrottledException when a bound is reached and no older answer can stand in
     */
    public CompletionStage<Weather> current(WeatherQuery query, String client) {
        Fetched fresh = fresh(query);
        if (fresh != null) {
            return CompletableFuture.completedFuture(fresh.weather());
        }
        Fetched cached = cache.getIfPresent(query.key());
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
                cache.put(query.key(), new Fetched(weather, clock.instant(), weather.toJson()));
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

    /** The cached answer if it is younger than the TTL (counted as a hit), else null. */
    private Fetched fresh(WeatherQuery query) {
        Fetched cached = cache.getIfPresent(query.key());
        if (cached != null && age(cached).compareTo(ttl) < 0) {
            hits.inc();
            return cached;
        }
        return null;
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

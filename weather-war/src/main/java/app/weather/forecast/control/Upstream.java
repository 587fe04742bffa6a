package app.weather.forecast.control;

import app.weather.forecast.entity.CityNotFoundException;
import app.weather.forecast.entity.PlaceSearch;
import app.weather.forecast.entity.PlaceSuggestion;
import app.weather.forecast.entity.UpstreamException;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WeatherQuery;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * The configured provider behind MicroProfile Fault Tolerance. Asynchronous, so that the timeout is a hard
 * bound for the caller even while a socket still waits; one retry when the provider could not be reached;
 * a circuit breaker so that a provider that is down is not asked again and again; a bulkhead so that a slow
 * provider cannot take every thread. Each may be tuned by MicroProfile Config
 * ({@code app.weather.forecast.control.Upstream/fetch/CircuitBreaker/delay=...}).
 */
@ApplicationScoped
public class Upstream {

    private static final Logger LOG = Logger.getLogger(Upstream.class.getName());

    @Inject
    @ConfigProperty(name = "weather.provider")
    String providerName;

    @Inject
    @Any
    Instance<WeatherProvider> providers;

    private WeatherProvider provider;

    /** Until when the provider asked us, with a 429, not to call. */
    private volatile Instant pausedUntil = Instant.EPOCH;

    /** The provider {@code weather.provider} names, if it can be asked (its key is set); else Open-Meteo. */
    @PostConstruct
    void choose() {
        String wanted = providerName.strip();
        WeatherProvider named = providers.stream()
                .filter(candidate -> candidate.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElse(null);
        provider = named != null && named.isConfigured()
                ? named
                : providers.select(OpenMeteo.class).get();
        if (named == null) {
            LOG.warning(() -> "WEATHER_PROVIDER=" + wanted.replaceAll("[^A-Za-z0-9._-]", "?")
                    + " names no provider: using Open-Meteo");
        } else if (named != provider) {
            LOG.warning(() -> "WEATHER_PROVIDER=" + named.name() + " but its API key is not set: using Open-Meteo");
        }
        LOG.info(() -> "Weather provider: " + provider.name());
    }

    public String providerName() {
        return provider.name();
    }

    /**
     * One call to the provider. Retried once when it cannot be reached. The circuit opens on the provider's own
     * failures only: an unknown city, a 429 (it is up and says when to come back) and a bulkhead that is full
     * (our own queue) do not count. After a 429, no call goes out until the time it gave is over.
     */
    @Asynchronous
    @Timeout(4500)
    @Retry(maxRetries = 1, delay = 50, jitter = 0, maxDuration = 1500, retryOn = UpstreamException.Unreachable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            skipOn = {CityNotFoundException.class, UpstreamException.RateLimited.class, BulkheadException.class})
    @Bulkhead(value = 8, waitingTaskQueue = 64)
    public CompletionStage<Weather> fetch(WeatherQuery query) {
        Duration paused = Duration.between(Instant.now(), pausedUntil);
        if (paused.isPositive()) {
            throw new UpstreamException.RateLimited(
                    "still waiting " + paused.toSeconds() + " s, as the provider asked", paused);
        }
        try {
            return CompletableFuture.completedFuture(provider.current(query));
        } catch (UpstreamException.RateLimited limited) {
            pausedUntil = Instant.now().plus(limited.retryAfter());
            throw limited;
        }
    }

    /** Places for a text being typed, from Open-Meteo's geocoding whatever the provider; bounded as {@link #fetch}. */
    @Asynchronous
    @Timeout(4500)
    @Retry(maxRetries = 1, delay = 50, jitter = 0, maxDuration = 1500, retryOn = UpstreamException.Unreachable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            skipOn = {UpstreamException.RateLimited.class, BulkheadException.class})
    @Bulkhead(value = 4, waitingTaskQueue = 32)
    public CompletionStage<List<PlaceSuggestion>> suggest(PlaceSearch search) {
        return CompletableFuture.completedFuture(
                providers.select(OpenMeteo.class).get().suggestions(search.text(), search.language()));
    }
}

package app.weather.forecast.control;

import app.weather.forecast.entity.LookupsThrottledException;
import app.weather.platform.control.DataGrid;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bounds on lookups that ask the provider (cache misses; hits cost nothing and are never limited), as
 * Bucket4j token buckets:
 * <ul>
 * <li>per client address, {@code weather.lookups.per-client-per-minute}: one client cannot spend the provider's
 * allowance for everyone by asking for made-up cities;</li>
 * <li>for the whole service, {@code weather.lookups.per-minute} and {@code weather.lookups.per-day}: each lookup
 * is two provider calls (place, then weather), so the defaults (250 a minute, 4,500 a day) keep the service inside
 * Open-Meteo's free tier (under 600 calls a minute, 10,000 a day).</li>
 * </ul>
 * The buckets are kept by {@link DataGrid}: in the data grid where replicas are clustered, so that the bounds are the
 * whole service's however many replicas run (F16); in this instance's memory where it runs alone.
 */
@ApplicationScoped
public class LookupRate {

    /** The key of the service's own bucket; clients' keys are their addresses, which never begin so. */
    private static final String SERVICE = "~service";

    @Inject
    @ConfigProperty(name = "weather.lookups.per-client-per-minute")
    long perClientPerMinute;

    @Inject
    @ConfigProperty(name = "weather.lookups.per-minute")
    long perMinute;

    @Inject
    @ConfigProperty(name = "weather.lookups.per-day")
    long perDay;

    @Inject
    DataGrid grid;

    private ProxyManager<String> buckets;
    private BucketConfiguration perClient;
    private BucketConfiguration perService;

    @PostConstruct
    void start() {
        perClient = BucketConfiguration.builder()
                .addLimit(limit ->
                        limit.capacity(perClientPerMinute).refillGreedy(perClientPerMinute, Duration.ofMinutes(1)))
                .build();
        perService = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(perDay).refillGreedy(perDay, Duration.ofDays(1)))
                .build();
        // A bucket is forgotten once it would be full again: a minute after a client's last lookup.
        buckets = grid.buckets(
                "weather-lookups", ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO));
    }

    /**
     * Takes one lookup from the client's bucket, then from the service's.
     *
     * @throws LookupsThrottledException saying which bound was reached and when to try again
     */
    public void take(String client) {
        ConsumptionProbe own = buckets.builder().build(client, () -> perClient).tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            throw new LookupsThrottledException(
                    "More than " + perClientPerMinute
                            + " lookups of cities not in the cache a minute from your address",
                    Duration.ofNanos(own.getNanosToWaitForRefill()));
        }
        ConsumptionProbe shared =
                buckets.builder().build(SERVICE, () -> perService).tryConsumeAndReturnRemaining(1);
        if (!shared.isConsumed()) {
            throw new LookupsThrottledException(
                    "The service has asked the weather provider as often as its terms " + "allow for now",
                    Duration.ofNanos(shared.getNanosToWaitForRefill()));
        }
    }
}

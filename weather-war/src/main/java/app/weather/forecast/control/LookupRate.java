package app.weather.forecast.control;

import app.weather.forecast.entity.LookupsThrottledException;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
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
 * is two provider calls (place, then weather), so the defaults (250 a minute, 4,500 a day) keep one instance inside
 * Open-Meteo's free tier (under 600 calls a minute, 10,000 a day).</li>
 * </ul>
 * The buckets are this instance's: the weather service shares no state between replicas, so where several run the
 * bounds are set per replica (the production overlay divides the tier by its most replicas).
 */
@ApplicationScoped
public class LookupRate {

    @Inject
    @ConfigProperty(name = "weather.lookups.per-client-per-minute")
    long perClientPerMinute;

    @Inject
    @ConfigProperty(name = "weather.lookups.per-minute")
    long perMinute;

    @Inject
    @ConfigProperty(name = "weather.lookups.per-day")
    long perDay;

    private ProxyManager<String> clients;
    private BucketConfiguration perClient;
    private Bucket service;

    @PostConstruct
    void start() {
        perClient = BucketConfiguration.builder()
                .addLimit(limit ->
                        limit.capacity(perClientPerMinute).refillGreedy(perClientPerMinute, Duration.ofMinutes(1)))
                .build();
        clients = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(100_000))
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        service = Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(perDay).refillGreedy(perDay, Duration.ofDays(1)))
                .build();
    }

    /**
     * Takes one lookup from the client's bucket, then from the service's.
     *
     * @throws LookupsThrottledException saying which bound was reached and when to try again
     */
    public void take(String client) {
        ConsumptionProbe own = clients.builder().build(client, () -> perClient).tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            throw new LookupsThrottledException(
                    "More than " + perClientPerMinute
                            + " lookups of cities not in the cache a minute from your address",
                    Duration.ofNanos(own.getNanosToWaitForRefill()));
        }
        ConsumptionProbe shared = service.tryConsumeAndReturnRemaining(1);
        if (!shared.isConsumed()) {
            throw new LookupsThrottledException(
                    "The service has asked the weather provider as often as its terms " + "allow for now",
                    Duration.ofNanos(shared.getNanosToWaitForRefill()));
        }
    }
}

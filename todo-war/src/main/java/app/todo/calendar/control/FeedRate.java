package app.todo.calendar.control;

import app.todo.calendar.entity.FeedFetchesThrottledException;
import app.todo.storage.control.RateBuckets;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one account's feed may be fetched (C3): a token bucket per account, shared by the replicas
 * ({@link RateBuckets}), of {@code todo.calendar.fetches-per-hour}. Calendar applications fetch every 15 minutes
 * to a few hours; a script looping on the address is refused before the feed is built.
 */
@ApplicationScoped
public class FeedRate {

    private static final Duration REFILL = Duration.ofHours(1);

    @Inject
    RateBuckets rateBuckets;

    @Inject
    @ConfigProperty(name = "todo.calendar.fetches-per-hour")
    long fetchesPerHour;

    private ProxyManager<String> buckets;
    private BucketConfiguration perFeed;

    @PostConstruct
    void start() {
        perFeed = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(fetchesPerHour).refillGreedy(fetchesPerHour, REFILL))
                .build();
        buckets = rateBuckets.byName(REFILL);
    }

    /** Takes one fetch, outside any transaction of the caller (Bucket4j commits its own). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void take(long account) {
        ConsumptionProbe probe = buckets.builder()
                .build("calendar-feed:" + account, () -> perFeed)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new FeedFetchesThrottledException(RateBuckets.secondsUntil(probe));
        }
    }
}

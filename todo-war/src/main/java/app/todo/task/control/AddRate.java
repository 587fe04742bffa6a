package app.todo.task.control;

import app.todo.storage.control.RateBuckets;
import app.todo.task.entity.TaskAddsThrottledException;
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
 * How fast one account may add tasks: a token bucket per account ({@link RateBuckets}, shared by replicas) that
 * holds {@code todo.adds-per-minute} adds and refills evenly at that many a minute. So an account may add that
 * many at once, then one each 60/N seconds: N a minute on average, bursts of N (in the first minute of a burst
 * up to 2N, the burst and the refill).
 */
@ApplicationScoped
public class AddRate {

    private static final Duration REFILL = Duration.ofMinutes(1);

    @Inject
    RateBuckets rateBuckets;

    @Inject
    @ConfigProperty(name = "todo.adds-per-minute")
    long addsPerMinute;

    private ProxyManager<Long> buckets;
    private BucketConfiguration perAccount;

    @PostConstruct
    void start() {
        perAccount = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(addsPerMinute).refillGreedy(addsPerMinute, REFILL))
                .build();
        buckets = rateBuckets.byNumber(REFILL);
    }

    /**
     * Takes one add from the account's bucket, outside the caller's transaction: Bucket4j commits its own.
     *
     * @throws TaskAddsThrottledException with the seconds until the next add is allowed
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void take(long account) {
        ConsumptionProbe probe =
                buckets.builder().build(account, () -> perAccount).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TaskAddsThrottledException(addsPerMinute, RateBuckets.secondsUntil(probe));
        }
    }
}

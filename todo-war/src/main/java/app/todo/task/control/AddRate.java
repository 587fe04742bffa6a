package app.todo.task.control;

import app.todo.storage.control.TodoDatabase;
import app.todo.task.entity.TaskAddsThrottledException;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How fast one account may add tasks ({@code todo.adds-per-minute}): a token bucket per account, refilled
 * evenly. On PostgreSQL the buckets are rows of {@code rate_bucket} (Bucket4j, a row locked per take), so the
 * bound holds however many replicas serve the account; the embedded H2 database is one process's, and its
 * buckets stay in memory.
 */
@ApplicationScoped
public class AddRate {

    @Resource(lookup = TodoDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "todo.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "todo.adds-per-minute")
    long addsPerMinute;

    private ProxyManager<Long> buckets;
    private BucketConfiguration perAccount;

    @PostConstruct
    void start() {
        perAccount = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(addsPerMinute).refillGreedy(addsPerMinute, Duration.ofMinutes(1)))
                .build();
        buckets = databaseUrl.startsWith("jdbc:postgresql:")
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).table("rate_bucket").build()
                : Bucket4jCaffeine.<Long>builderFor(Caffeine.newBuilder().maximumSize(100_000))
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                        .build();
    }

    /**
     * Takes one add from the account's bucket, outside the caller's transaction: Bucket4j commits its own.
     *
     * @throws TaskAddsThrottledException with the seconds until the next add is allowed
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void take(long account) {
        ConsumptionProbe probe = buckets.builder().build(account, () -> perAccount).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
            throw new TaskAddsThrottledException(addsPerMinute, seconds);
        }
    }
}

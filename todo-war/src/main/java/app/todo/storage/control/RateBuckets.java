package app.todo.storage.control;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the rate limits keep their token buckets (Bucket4j). On PostgreSQL they are rows, a row locked per take,
 * so that a bound holds however many replicas serve: {@code rate_bucket} keyed by a number (an account),
 * {@code rate_bucket_by_name} by text (a client address). The embedded H2 database is one process's, and its
 * buckets stay in memory, each forgotten once it would be full again.
 */
@ApplicationScoped
public class RateBuckets {

    @Resource(lookup = TodoDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "todo.db.url")
    String databaseUrl;

    /** @param refill how long an empty bucket takes to fill (how long an in-memory one is kept) */
    public ProxyManager<Long> byNumber(Duration refill) {
        return isPostgres()
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                        .table("rate_bucket")
                        .build()
                : inMemory(refill);
    }

    /** @param refill how long an empty bucket takes to fill (how long an in-memory one is kept) */
    public ProxyManager<String> byName(Duration refill) {
        return isPostgres()
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("rate_bucket_by_name")
                        .build()
                : inMemory(refill);
    }

    /** Whole seconds until a refused take would succeed, rounded up, never 0: what Retry-After says. */
    public static long secondsUntil(ConsumptionProbe refused) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(refused.getNanosToWaitForRefill() + 999_999_999));
    }

    private boolean isPostgres() {
        return DatabaseVendor.of(databaseUrl) == DatabaseVendor.POSTGRESQL;
    }

    private static <K> ProxyManager<K> inMemory(Duration refill) {
        return Bucket4jCaffeine.<K>builderFor(Caffeine.newBuilder().maximumSize(100_000))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(refill))
                .build();
    }
}

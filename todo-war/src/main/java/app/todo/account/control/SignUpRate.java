package app.todo.account.control;

import app.todo.account.entity.SignUpsThrottledException;
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
 * How many accounts may be created: token buckets per client address ({@code todo.sign-ups-per-address-per-hour})
 * and for the whole service ({@code todo.sign-ups-per-hour}), each refilled evenly over an hour and shared by the
 * replicas ({@link RateBuckets}). Each creation hashes a password and adds a row: without a bound, a script
 * would spend the CPU and fill the database.
 */
@ApplicationScoped
public class SignUpRate {

    private static final Duration REFILL = Duration.ofHours(1);
    /** The service's bucket, among the addresses' (no address looks like this). */
    private static final String EVERYONE = "*";

    @Inject
    RateBuckets rateBuckets;

    @Inject
    @ConfigProperty(name = "todo.sign-ups-per-address-per-hour")
    long perAddress;

    @Inject
    @ConfigProperty(name = "todo.sign-ups-per-hour")
    long perService;

    private ProxyManager<String> buckets;
    private BucketConfiguration addressLimit;
    private BucketConfiguration serviceLimit;

    @PostConstruct
    void start() {
        addressLimit = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perAddress).refillGreedy(perAddress, REFILL))
                .build();
        serviceLimit = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perService).refillGreedy(perService, REFILL))
                .build();
        buckets = rateBuckets.byName(REFILL);
    }

    /**
     * Takes one creation from the address's bucket and then from the service's, each in its own transaction.
     *
     * @throws SignUpsThrottledException with the seconds until the next creation is allowed
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void take(String address) {
        take(perAddress, address, addressLimit);
        take(perService, EVERYONE, serviceLimit);
    }

    /**
     * The key names the limit too: a stored bucket keeps the limit it was made with, so a changed setting starts
     * new buckets instead of going unheeded.
     */
    private void take(long perHour, String who, BucketConfiguration limit) {
        String key = perHour + "/h " + who;
        ConsumptionProbe probe = buckets.builder().build(key, () -> limit).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new SignUpsThrottledException(RateBuckets.secondsUntil(probe));
        }
    }
}

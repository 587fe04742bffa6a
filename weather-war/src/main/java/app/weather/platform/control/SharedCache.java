package app.weather.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * A cache of bytes by text, kept by {@link DataGrid}: the data grid's JCache cache shared by every replica, or this
 * instance's Caffeine cache when it runs alone. The grid failing (a member leaving as the call is made) is a miss, not
 * a failed request: the caller asks the provider as if nothing were cached.
 */
public final class SharedCache {

    private static final Logger LOG = Logger.getLogger(SharedCache.class.getName());

    private static final Duration QUIET = Duration.ofMinutes(1);

    private final Cache<String, byte[]> own;
    private final javax.cache.Cache<String, byte[]> shared;
    /** When the grid's last failure was logged: one line a minute at most. */
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.EPOCH);

    private SharedCache(Cache<String, byte[]> own, javax.cache.Cache<String, byte[]> shared) {
        this.own = own;
        this.shared = shared;
    }

    static SharedCache own(Cache<String, byte[]> cache) {
        return new SharedCache(cache, null);
    }

    static SharedCache shared(javax.cache.Cache<String, byte[]> cache) {
        return new SharedCache(null, cache);
    }

    /** The value, or null when there is none (or it has expired). */
    public byte[] get(String key) {
        if (shared == null) {
            return own.getIfPresent(key);
        }
        try {
            return shared.get(key);
        } catch (RuntimeException failure) {
            logOnce("read", failure);
            return null;
        }
    }

    public void put(String key, byte[] value) {
        if (shared == null) {
            own.put(key, value);
            return;
        }
        try {
            shared.put(key, value);
        } catch (RuntimeException failure) {
            logOnce("write", failure);
        }
    }

    private void logOnce(String what, RuntimeException failure) {
        Instant now = Instant.now();
        Instant last = lastLogged.get();
        if (now.isAfter(last.plus(QUIET)) && lastLogged.compareAndSet(last, now)) {
            LOG.warning(() -> "The data grid's cache " + shared.getName() + " failed a " + what + " (taken as a miss): "
                    + failure);
        }
    }
}

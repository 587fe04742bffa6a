package app.weather.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * A cache of bytes by text, kept by {@link DataGrid}: this instance's Caffeine cache when it runs alone; where replicas
 * are clustered, the data grid's JCache cache shared by all of them, with this instance's Caffeine cache as a near
 * copy of what it read or wrote there (a hit then costs no call to another member). The grid failing (a member
 * leaving as the call is made) is a miss, not a failed request: the caller asks the provider as if nothing were
 * cached.
 */
public final class SharedCache {

    private static final Logger LOG = Logger.getLogger(SharedCache.class.getName());

    private static final Duration QUIET = Duration.ofMinutes(1);

    private final Cache<String, byte[]> own;
    private final javax.cache.Cache<String, byte[]> shared;
    /** The grid cache's name, for the log (asked once: a grid that fails may not answer even that). */
    private final String name;
    /** When the grid's last failure was logged: one line a minute at most. */
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.EPOCH);

    private SharedCache(Cache<String, byte[]> own, javax.cache.Cache<String, byte[]> shared) {
        this.own = own;
        this.shared = shared;
        this.name = shared == null ? null : shared.getName();
    }

    static SharedCache own(Cache<String, byte[]> cache) {
        return new SharedCache(cache, null);
    }

    static SharedCache shared(javax.cache.Cache<String, byte[]> cache, Cache<String, byte[]> near) {
        return new SharedCache(near, cache);
    }

    /** The value, or null when there is none (or it has expired). */
    public byte[] get(String key) {
        return get(key, value -> true);
    }

    /**
     * The value, or null. A near copy that is not {@code current} (another replica may have put a newer value since)
     * is read again from the grid.
     */
    public byte[] get(String key, Predicate<byte[]> current) {
        byte[] near = own.getIfPresent(key);
        if (shared == null || (near != null && current.test(near))) {
            return near;
        }
        try {
            byte[] value = shared.get(key);
            if (value != null) {
                own.put(key, value);
            }
            return value != null ? value : near;
        } catch (RuntimeException failure) {
            logOnce("read", failure);
            return near;
        }
    }

    public void put(String key, byte[] value) {
        own.put(key, value);
        if (shared == null) {
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
            LOG.warning(() -> "The data grid's cache " + name + " failed a " + what + " (taken as a miss): " + failure);
        }
    }
}

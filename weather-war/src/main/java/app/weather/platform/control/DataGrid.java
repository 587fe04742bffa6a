package app.weather.platform.control;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What the weather replicas share (F16): Payara Micro's Hazelcast data grid, where the launcher clusters this
 * instance ({@code PAYARA_CLUSTER_MODE}, server-config/payara-micro.sh); else, alone, this instance's own memory, and
 * no Hazelcast thread runs. Caches are the grid's JCache, bounds Bucket4j buckets in one of its maps; both keep a
 * backup copy on another member, so that a replica that goes loses nothing the others hold. Values are bytes (JSON),
 * so that no member ever needs this application's classes.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    /** Where Payara binds the grid when Hazelcast is on (HazelcastConfigSpecificConfiguration's defaults). */
    private static final String INSTANCE = "payara/Hazelcast";

    private static final String CACHE_MANAGER = "payara/CacheManager";

    /**
     * The bound on bucket entries (one a client address, forgotten once it would be full again), alone and on each
     * member: many addresses within a minute cost no more memory than this; the least recently used go first (never
     * the service's own, used at every lookup).
     */
    private static final int MAX_BUCKETS = 100_000;

    private HazelcastInstance grid;
    private CacheManager caches;

    @PostConstruct
    void start() {
        try {
            InitialContext naming = new InitialContext();
            grid = (HazelcastInstance) naming.lookup(INSTANCE);
            caches = (CacheManager) naming.lookup(CACHE_MANAGER);
            LOG.info(() -> "Cache and lookup bounds kept in the data grid '"
                    + grid.getConfig().getClusterName() + "', now " + members() + " member(s)");
        } catch (NamingException alone) {
            grid = null;
            LOG.info("No data grid (Hazelcast is off): cache and lookup bounds are this instance's own");
        }
    }

    /** The members of the grid this instance is one of; 1 alone. */
    public int members() {
        return grid == null ? 1 : grid.getCluster().getMembers().size();
    }

    /**
     * A cache of byte values that each live {@code lifetime} from when they were put, at most {@code maxEntries} of
     * them (the least recently used go first): in the grid, and as near copies in this instance's memory.
     */
    public SharedCache cache(String name, Duration lifetime, long maxEntries) {
        com.github.benmanes.caffeine.cache.Cache<String, byte[]> own = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(lifetime.toNanos(), TimeUnit.NANOSECONDS)
                .build();
        if (grid == null) {
            return SharedCache.own(own);
        }
        CacheConfig<String, byte[]> config = new CacheConfig<String, byte[]>()
                .setBackupCount(1)
                .setEvictionConfig(new EvictionConfig()
                        .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
                        .setSize((int) Math.min(Integer.MAX_VALUE, maxEntries))
                        .setEvictionPolicy(EvictionPolicy.LRU));
        config.setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, lifetime.toMillis())));
        javax.cache.Cache<String, byte[]> cache = caches.getCache(name);
        if (cache == null) {
            try {
                cache = caches.createCache(name, config);
            } catch (CacheException madeByAnotherMember) {
                cache = caches.getCache(name);
            }
        }
        return SharedCache.shared(cache, own);
    }

    /** Token buckets by key: in the grid's map {@code name}, or this instance's own. */
    public ProxyManager<String> buckets(String name, ExpirationAfterWriteStrategy forgetting) {
        if (grid == null) {
            return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAX_BUCKETS))
                    .expirationAfterWrite(forgetting)
                    .build();
        }
        // Lock-based: the map holds the buckets' bytes only (an entry processor would need Bucket4j's classes on
        // every member, outside the application); each entry lives until its bucket would be full again. The same
        // configuration added by every member is one configuration.
        try {
            grid.getConfig()
                    .addMapConfig(new MapConfig(name)
                            .setBackupCount(1)
                            .setEvictionConfig(new EvictionConfig()
                                    .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                                    .setSize(MAX_BUCKETS)
                                    .setEvictionPolicy(EvictionPolicy.LRU)));
        } catch (InvalidConfigurationException otherVersion) {
            // A member of another version (a rolling update) configured it otherwise: its configuration stands.
            LOG.warning(() -> "The data grid's map " + name + " keeps the configuration another member gave it: "
                    + otherVersion.getMessage());
        }
        return Bucket4jHazelcast.<String>lockBasedBuilder(grid.getMap(name))
                .expirationAfterWrite(forgetting)
                .build();
    }
}

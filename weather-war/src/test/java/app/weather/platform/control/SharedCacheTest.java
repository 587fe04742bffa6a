package app.weather.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** F16: a clustered replica's near copies of the grid's entries, and the grid failing. */
class SharedCacheTest {

    private final Map<String, byte[]> gridEntries = new HashMap<>();
    private final AtomicInteger gridReads = new AtomicInteger();
    private final AtomicBoolean gridDown = new AtomicBoolean();

    /** The grid's JCache cache, as far as SharedCache uses it: get, put and its name. */
    @SuppressWarnings("unchecked")
    private final javax.cache.Cache<String, byte[]> grid = (javax.cache.Cache<String, byte[]>) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {javax.cache.Cache.class}, (proxy, method, args) -> {
                if (gridDown.get()) {
                    throw new IllegalStateException("member left");
                }
                return switch (method.getName()) {
                    case "get" -> {
                        gridReads.incrementAndGet();
                        yield gridEntries.get((String) args[0]);
                    }
                    case "put" -> gridEntries.put((String) args[0], (byte[]) args[1]);
                    case "getName" -> "test";
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            });

    private final SharedCache cache =
            SharedCache.shared(grid, Caffeine.newBuilder().maximumSize(10).build());

    @Test
    void anEntryAnotherReplicaPutIsReadFromTheGridOnceThenFromTheNearCopy() {
        gridEntries.put("paris", bytes("from another replica"));

        assertArrayEquals(bytes("from another replica"), cache.get("paris"));
        assertArrayEquals(bytes("from another replica"), cache.get("paris"));
        assertEquals(1, gridReads.get());
    }

    @Test
    void aNearCopyThatIsNotCurrentIsReadAgainFromTheGrid() {
        cache.put("paris", bytes("old"));
        gridEntries.put("paris", bytes("newer, put by another replica"));

        byte[] read = cache.get("paris", value -> !new String(value, StandardCharsets.UTF_8).equals("old"));

        assertArrayEquals(bytes("newer, put by another replica"), read);
        assertArrayEquals(bytes("newer, put by another replica"), cache.get("paris"), "the near copy is renewed");
    }

    @Test
    void aGridThatFailsIsAMissNotAFailure() {
        cache.put("paris", bytes("near"));
        gridDown.set(true);

        assertNull(cache.get("lyon"));
        assertArrayEquals(bytes("near"), cache.get("paris", value -> false), "the near copy stands in");
        cache.put("nice", bytes("kept near")); // no exception
        assertArrayEquals(bytes("kept near"), cache.get("nice"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

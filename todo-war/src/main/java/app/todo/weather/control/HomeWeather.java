package app.todo.weather.control;

import app.todo.weather.entity.WeatherLookup;
import app.todo.weather.entity.WeatherUnits;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The weather of people's home cities, for the page's first paint and the forecasts on due tasks (W8). Every list
 * page would ask for it, so it is kept here a while (an answer 10 minutes, as the weather service keeps it; a refusal
 * a minute) and waited for only briefly: a slow or stopped weather service never slows the list, whose page then
 * shows it at the next load.
 */
@ApplicationScoped
public class HomeWeather {

    /** How long a page waits for a home city's weather not known yet. */
    static final Duration PAGE_WAIT = Duration.ofMillis(300);

    @Inject
    WeatherService service;

    /** Lookups asked at once (each bounded by the weather client's timeouts); more wait, up to the queue's bound. */
    private static final int LOOKUP_THREADS = 4;

    private static final int WAITING_LOOKUPS = 1_000;

    @Resource
    ManagedThreadFactory threads;

    /**
     * The lookups' threads, all made at start. Not a ManagedExecutorService: a task submitted from a page's request
     * would carry a copy of the request's invocation that shares its registry of non-transactional EntityManagers
     * (Payara's ComponentInvocation.clone); the task's end then closed the EntityManager the page was still reading
     * with ("Session/EntityManager is closed", seen in WeatherBoxIT). Threads made here carry the start's context.
     */
    private ThreadPoolExecutor executor;

    private AsyncCache<String, WeatherLookup> lookups;

    /** Made at start, on the deployment's thread, not at a page's first request. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer makes the bean, and @PostConstruct its threads, now
    }

    @PostConstruct
    void start() {
        executor = new ThreadPoolExecutor(
                LOOKUP_THREADS,
                LOOKUP_THREADS,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WAITING_LOOKUPS),
                threads,
                new ThreadPoolExecutor.AbortPolicy());
        executor.prestartAllCoreThreads();
        lookups = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfter(new Expiry<String, WeatherLookup>() {
                    @Override
                    public long expireAfterCreate(String key, WeatherLookup lookup, long now) {
                        return (lookup.outcome() == WeatherLookup.Outcome.FOUND
                                        ? Duration.ofMinutes(10)
                                        : Duration.ofMinutes(1))
                                .toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, WeatherLookup lookup, long now, long current) {
                        return expireAfterCreate(key, lookup, now);
                    }

                    @Override
                    public long expireAfterRead(String key, WeatherLookup lookup, long now, long current) {
                        return current;
                    }
                })
                .executor(executor)
                .buildAsync();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The home city's weather if it is known or comes within {@link #PAGE_WAIT}; else empty, asked meanwhile. */
    public Optional<WeatherLookup> of(String city, WeatherUnits units, String client) {
        try {
            CompletableFuture<WeatherLookup> lookup = lookups.get(
                    city.strip().toLowerCase(Locale.ROOT) + "|" + units.param(),
                    (key, pool) -> CompletableFuture.supplyAsync(() -> service.current(city, units, client), pool));
            return Optional.of(lookup.get(PAGE_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException tooManyWaiting) {
            return Optional.empty(); // asked again at a later load
        } catch (TimeoutException notYet) {
            return Optional.empty();
        } catch (ExecutionException failed) {
            return Optional.empty(); // WeatherService answers every failure; nothing else is expected here
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

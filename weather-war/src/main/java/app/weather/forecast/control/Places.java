package app.weather.forecast.control;

import app.weather.forecast.entity.PlaceSearch;
import app.weather.forecast.entity.PlaceSuggestion;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places suggested as a person types (F15), cached for a day per text and language: typing "Par" in a thousand
 * browsers asks the provider once. A miss counts toward the lookup bounds like a city's (F10).
 */
@ApplicationScoped
public class Places {

    @Inject
    Upstream upstream;

    @Inject
    LookupRate lookupRate;

    @Inject
    @ConfigProperty(name = "weather.cache.max-entries")
    long maxEntries;

    private Cache<String, List<PlaceSuggestion>> suggestions;

    @PostConstruct
    void start() {
        suggestions = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(Duration.ofDays(1))
                .build();
    }

    /**
     * @param client the asking client's address, for the bounds on lookups
     * @throws app.weather.forecast.entity.LookupsThrottledException when a bound is reached
     */
    public CompletionStage<List<PlaceSuggestion>> suggest(PlaceSearch search, String client) {
        List<PlaceSuggestion> cached = suggestions.getIfPresent(search.key());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        lookupRate.take(client);
        return upstream.suggest(search).thenApply(found -> {
            suggestions.put(search.key(), found);
            return found;
        });
    }
}

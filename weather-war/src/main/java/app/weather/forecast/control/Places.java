package app.weather.forecast.control;

import app.weather.forecast.entity.PlaceSearch;
import app.weather.forecast.entity.PlaceSuggestion;
import app.weather.platform.control.DataGrid;
import app.weather.platform.control.SharedCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places suggested as a person types (F15), cached for a day per text and language: typing "Par" in a thousand
 * browsers asks the provider once, whichever replica they reach (F16). A miss counts toward the lookup bounds like a
 * city's (F10).
 */
@ApplicationScoped
public class Places {

    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Type SUGGESTIONS =
            new ArrayList<PlaceSuggestion>() {}.getClass().getGenericSuperclass();

    @Inject
    Upstream upstream;

    @Inject
    LookupRate lookupRate;

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "weather.cache.max-entries")
    long maxEntries;

    /** The suggestions' JSON by search. */
    private SharedCache suggestions;

    @PostConstruct
    void start() {
        suggestions = grid.cache("weather-places", Duration.ofDays(1), maxEntries);
    }

    /**
     * @param client the asking client's address, for the bounds on lookups
     * @throws app.weather.forecast.entity.LookupsThrottledException when a bound is reached
     */
    public CompletionStage<List<PlaceSuggestion>> suggest(PlaceSearch search, String client) {
        byte[] cached = suggestions.get(search.key());
        if (cached != null) {
            return CompletableFuture.completedFuture(JSON.fromJson(new ByteArrayInputStream(cached), SUGGESTIONS));
        }
        lookupRate.take(client);
        return upstream.suggest(search).thenApply(found -> {
            suggestions.put(search.key(), JSON.toJson(found).getBytes(StandardCharsets.UTF_8));
            return found;
        });
    }
}

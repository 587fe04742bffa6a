/**
 * The weather service's one feature: {@code GET /weather/?city=Paris} answers a city's weather now and for the next
 * 7 days as JSON, and {@code GET /weather/places?q=Par} the places a person may mean as they type,
 * asked of a provider (Open-Meteo or OpenWeatherMap) by {@code Upstream} under MicroProfile Fault Tolerance, cached
 * and bounded by {@code Forecasts} and {@code LookupRate}; {@code CachedWeatherFilter} answers cache hits early.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>F1 — The answer keeps the original contract: snake_case names, °C, %, km/h by default, rounded, with
 * {@code source} and {@code source_url}; {@code /weather} without the slash too. Fields are added after the seed's,
 * never renamed. <i>Why:</i> clients read it as it always was.</li>
 * <li>F2 — A city has 1 to 100 letters of any script, spaces, {@code - ' .}; ", FR" or ", France" narrows it. Else
 * 400 with a sentence, the provider not asked. <i>Why:</i> no lookup is spent, no text injected, on a non-city.</li>
 * <li>F3 — One city however typed (case, Unicode composition, spaces, punctuation at the end) is one cache entry and
 * one question to the provider. <i>Why:</i> "Lyon." and "lyon" must not cost two lookups.</li>
 * <li>F4 — {@code weather} is one of seven conditions: each WMO code 0–99 maps to one, with Open-Meteo's wording; any
 * other code is Unknown, never a failure. <i>Why:</i> the page always has an icon for it.</li>
 * <li>F5 — An answer is cached per city for {@code weather.cache.ttl} (10 minutes), an unknown name for a minute.
 * <i>Why:</i> the provider's free tier; a typo does not hit it each time.</li>
 * <li>F6 — When the provider fails, an older answer (up to 6 h) stands in, marked {@code "stale": true} with its
 * {@code age_seconds}. <i>Why:</i> a city asked before stays answered through an outage.</li>
 * <li>F7 — A failure is a problem a person can read, within 5 s, never a stack trace: 404 unknown city, 502 unusable
 * answer, 503 unreachable, 504 too slow. <i>Why:</i> a client can act on it, and no caller waits long.</li>
 * <li>F8 — After repeated failures the circuit opens: 503 at once, the provider not asked; it closes once the provider
 * answers again. <i>Why:</i> a provider that is down is not hammered.</li>
 * <li>F9 — A provider's 429 is never retried, and no call goes out until its Retry-After is over (cached cities stale,
 * others 503); 429s never open the circuit. <i>Why:</i> asking again only earns another refusal.</li>
 * <li>F10 — Only lookups of uncached cities are bounded: per client address (30 a minute) and for the service (250 a
 * minute, 4,500 a day); beyond, 429 with Retry-After. <i>Why:</i> no one client spends Open-Meteo's free tier.</li>
 * <li>F11 — Open-Meteo by default, no key; OpenWeatherMap with {@code weather.provider} and a key, its wind turned from
 * m/s into km/h. The provider is the CDI bean whose name the setting gives. <i>Why:</i> Open-Meteo's free tier is for
 * non-commercial use.</li>
 * <li>F12 — {@code units=imperial} answers °F and mph, asked so of the provider; {@code metric} (the default) °C and
 * km/h; anything else 400. Each units is its own cache entry. <i>Why:</i> people read the weather in their own
 * units, converted by the provider that rounds it.</li>
 * <li>F13 — {@code lat} and {@code lon} instead of a city give a location's weather, rounded to 2 decimals (about a
 * kilometre) for the cache and the provider; no city is named. Out of range, half given or beside a city: 400.
 * <i>Why:</i> "Use my location"; no more precision about where a person stands than the weather needs.</li>
 * <li>F14 — Besides now ({@code feels_like}, {@code precipitation_probability}) the answer holds {@code daily}: 7 days
 * in the place's own calendar, each with its lowest and highest temperature, condition and highest chance of rain;
 * all in one provider call of ten variables. A provider without days (OpenWeatherMap) leaves them out. <i>Why:</i>
 * the days ahead are what a person plans by, within one call of the free tier.</li>
 * <li>F15 — {@code /weather/places?q=} suggests at most 10 places whose name begins with 3 letters or more, named in
 * {@code lang} (two letters, English by default), with region and country: "Paris, Île-de-France, France". Cached a
 * day per text and language; a miss counts toward the lookup bounds (F10). <i>Why:</i> as-you-type traffic must not
 * spend the provider's allowance, and "Paris" alone is ambiguous.</li>
 * <li>F16 — Clustered replicas ({@code PAYARA_CLUSTER_MODE}: Payara Micro's Hazelcast data grid, found through a
 * headless Service in Kubernetes) keep one cache of answers and suggestions and one set of lookup bounds: a city
 * fetched through one is a hit on all, and the bounds of F10 are the whole service's. Each entry has a backup on
 * another member, so a replica that stops gracefully takes none with it. Alone (./run.sh, compose, the Arquillian
 * tests), an instance keeps its own in memory and starts no Hazelcast. <i>Why:</i> Paris fetched once, however many
 * replicas; the provider's free tier counted once.</li>
 * </ol>
 * <h2>Entities</h2>
 * <ul>
 * <li>{@link app.weather.forecast.entity.Weather Weather} — the answer, in the contract's names and units.</li>
 * <li>{@link app.weather.forecast.entity.Day Day} — one day ahead.</li>
 * <li>{@link app.weather.forecast.entity.WeatherQuery WeatherQuery} — what is asked and its cache key: a
 * {@link app.weather.forecast.entity.CityQuery CityQuery} (a city as typed, checked) or
 * {@link app.weather.forecast.entity.Coordinates Coordinates}, and {@link app.weather.forecast.entity.Units Units}.</li>
 * <li>{@link app.weather.forecast.entity.PlaceSearch PlaceSearch}, {@link app.weather.forecast.entity.PlaceSuggestion
 * PlaceSuggestion} — what is typed, and a place it may mean.</li>
 * <li>{@link app.weather.forecast.entity.Place Place}, {@link app.weather.forecast.entity.Attribution Attribution} —
 * where a city is; whom to credit.</li>
 * <li>{@link app.weather.forecast.entity.Condition Condition}, {@link app.weather.forecast.entity.WmoCode WmoCode} —
 * the seven conditions and Unknown; the WMO table.</li>
 * <li>{@link app.weather.forecast.entity.InvalidQueryException InvalidQueryException} (F2, F12, F13, F15),
 * {@link app.weather.forecast.entity.CityNotFoundException CityNotFoundException},
 * {@link app.weather.forecast.entity.UpstreamException UpstreamException} (F7–F9),
 * {@link app.weather.forecast.entity.LookupsThrottledException LookupsThrottledException} (F10) — the refusals.</li>
 * </ul>
 * <h2>Does not</h2>
 * Forecast past 7 days; store anything on disk; share the places it found for a city between replicas (each keeps
 * its own for a day: a city new to a replica costs it one geocoding call); name a bare location;
 * take a body or change anything; know accounts (the data is public); ask the provider for a fresh cached city.
 */
package app.weather.forecast;

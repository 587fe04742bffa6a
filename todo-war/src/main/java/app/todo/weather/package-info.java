/**
 * The to-do page's weather box: a city typed, its weather now and for the next 7 days, or a clear reason why not.
 * {@code WeatherBox} backs the box; {@code WeatherService} asks the weather service (weather-war,
 * {@code GET /weather/?city=}) over HTTP, server-side, through a declared REST client, and {@code WeatherRefusals}
 * turns its refusals into a {@code WeatherLookup}.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>W1 — The page asks the weather service itself, server-side ({@code todo.weather.url}), so the box works
 * without JavaScript. <i>Why:</i> no script and no CORS needed; the browser talks to one site only.</li>
 * <li>W2 — The box shows the place with its region and country ("Paris, Île-de-France, France"), the temperature and
 * what it feels like rounded to whole degrees, humidity and the chance of rain in %, wind, and an icon the WAR ships;
 * under it "Next 7 days": each day's name, icon (its text alternative the condition), highest and lowest temperature
 * and chance of rain. Units as the service answers them. <i>Why:</i> whole figures read at a glance; the days ahead
 * are what a person plans by; icons never come from elsewhere.</li>
 * <li>W3 — Under the weather its source is credited and linked ("Weather data by Open-Meteo.com").
 * <i>Why:</i> Open-Meteo's licence (CC BY 4.0) asks for the credit wherever its data is shown.</li>
 * <li>W4 — A city the weather service does not know shows an error box naming it ("City “Atlantis” not found").
 * <i>Why:</i> the person sees what to correct.</li>
 * <li>W5 — When the weather service limits lookups (429), the box says when to try again; cities it has cached are
 * still shown. The to-do passes on its client's address (X-Real-IP). <i>Why:</i> the limit is each person's.</li>
 * <li>W6 — With the weather service stopped, the box says "Weather is unavailable right now" within 5 seconds
 * (connect 1 s, read 4.5 s), and the task list keeps working. <i>Why:</i> the weather is an extra; it never
 * takes the list down.</li>
 * </ol>
 * <h2>Entities</h2>
 * <ul>
 * <li>{@link app.todo.weather.entity.WeatherReport WeatherReport} — the service's answer, a record read by JSON-B
 * and shown by EL, as far as the box shows it: figures rounded, icon among those shipped, the credit.</li>
 * <li>{@link app.todo.weather.entity.WeatherLookup WeatherLookup} — found, not found, invalid, throttled or
 * unavailable, with the service's own words.</li>
 * </ul>
 * <h2>Does not</h2>
 * Cache, retry or limit lookups itself (the weather service does); remember a city per account; give the weather
 * in the API; let the browser call the weather service; choose units or suggest places (yet).
 */
package app.todo.weather;

/**
 * The to-do page's weather box: a city typed, its weather now and for the next 7 days, or a clear reason why not.
 * {@code WeatherBox} backs the box; {@code WeatherService} asks the weather service (weather-war,
 * {@code GET /weather/?city=}) over HTTP, server-side, through a declared REST client, and {@code WeatherRefusals}
 * turns its refusals into a {@code WeatherLookup}; {@code HomeWeather} keeps the home cities' weather (W8).
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
 * <li>W7 — "Units" in the settings: Celsius and km/h, or Fahrenheit and mph; until chosen, the browser's language
 * decides (en-US: Fahrenheit). The service converts (its {@code units}). <i>Why:</i> people read the weather in their
 * own units.</li>
 * <li>W8 — A "Home city" in the settings: the page opens with its weather, and a pending task due on a day of its
 * forecast shows that day's icon and highest temperature ("Forecast for Tue 8 Dec: rain, 12 °C"); tasks due later
 * show nothing. The to-do keeps the home city's weather 10 minutes (a refusal a minute) and waits for it at most
 * 300 ms: a slow weather service never slows the list, which then shows it at the next load. <i>Why:</i> the day a
 * task is due is when its weather matters; the list comes first.</li>
 * <li>W9 — From 3 letters the city field suggests places ("Paris, Texas, United States") as an ARIA combobox: Up and
 * Down move, Enter chooses, Escape closes, the number found is read out; the one chosen is shown exactly (its
 * coordinates). Without JavaScript the field and "Show weather" work as before, and the other places of the name
 * typed are links. "Use my location" appears only where the browser offers it, and sends the location rounded to
 * 2 decimals. The suggestions come from this site ({@code /api/weather/places}), which asks the weather service.
 * <i>Why:</i> "Paris" alone is ambiguous; a keyboard and a screen reader choose as well as a mouse.</li>
 * </ol>
 * <h2>Entities</h2>
 * <ul>
 * <li>{@link app.todo.weather.entity.WeatherReport WeatherReport} — the service's answer, a record read by JSON-B
 * and shown by EL, as far as the box shows it: figures rounded, icon among those shipped, the credit.</li>
 * <li>{@link app.todo.weather.entity.WeatherLookup WeatherLookup} — found, not found, invalid, throttled or
 * unavailable, with the service's own words.</li>
 * </ul>
 * <h2>Does not</h2>
 * Cache, retry or limit lookups itself but for the home city (the weather service does); give the weather in the API;
 * let the browser call the weather service; name the place of a location (the weather service cannot).
 */
package app.todo.weather;

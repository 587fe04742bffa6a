package app.weather.forecast.entity;

/**
 * Whom the data comes from, as its terms ask to credit it wherever it is shown (Open-Meteo: CC BY 4.0).
 *
 * @param name what to call the source: "Weather data by {name}"
 * @param url  where its credit links to
 */
public record Attribution(String name, String url) {}

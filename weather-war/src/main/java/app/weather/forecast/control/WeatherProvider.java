package app.weather.forecast.control;

import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WeatherQuery;

/** An upstream weather API, a CDI bean each; {@code weather.provider} names the one asked (F11). */
public interface WeatherProvider {

    /**
     * @throws app.weather.forecast.entity.CityNotFoundException when the API knows no such city
     * @throws app.weather.forecast.entity.UpstreamException      when the API fails
     */
    Weather current(WeatherQuery query);

    /** As {@code weather.provider} names it. */
    String name();

    /** Whether it can be asked (a key it needs is set). */
    default boolean isConfigured() {
        return true;
    }
}

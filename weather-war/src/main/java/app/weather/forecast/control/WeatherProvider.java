package app.weather.forecast.control;

import app.weather.forecast.entity.CityQuery;
import app.weather.forecast.entity.Weather;

/** An upstream weather API: Open-Meteo by default, OpenWeatherMap when configured. */
public interface WeatherProvider {

    /**
     * @throws app.weather.forecast.entity.CityNotFoundException when the API knows no such city
     * @throws app.weather.forecast.entity.UpstreamException      when the API fails
     */
    Weather current(CityQuery city);

    String name();
}

package app.weather.platform.boundary;

import app.weather.forecast.entity.Weather;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON names as the original system's contract has them: {@code wind_speed}, {@code country_code}. */
@Provider
public class SnakeCaseJson implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return Weather.JSON;
    }
}

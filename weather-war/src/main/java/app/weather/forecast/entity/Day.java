package app.weather.forecast.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/**
 * One day of the forecast (F14), in the place's own calendar: its lowest and highest temperature, its condition,
 * and the highest chance of rain in any of its hours (%, null where the provider gives none).
 */
@JsonbPropertyOrder({"date", "min", "max", "weather", "description", "icon", "precipitationProbability"})
public record Day(
        LocalDate date,
        double min,
        double max,
        String weather,
        String description,
        String icon,
        Integer precipitationProbability) {

    public static Day of(LocalDate date, double min, double max, WmoCode code, Integer precipitationProbability) {
        return new Day(
                date,
                Weather.round(min, 1),
                Weather.round(max, 1),
                code.condition().label(),
                code.description(),
                code.condition().icon(),
                precipitationProbability);
    }
}

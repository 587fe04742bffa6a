package app.todo.weather.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A latitude or longitude in the page's address or the box's form (W9): decimal degrees. Anything odd reads as absent
 * (the box then shows no place), never as an error page: a forged link only chooses what the box shows.
 */
@FacesConverter("app.todo.Coordinate")
public class Coordinate implements Converter<Double> {

    @Override
    public Double getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || value.length() > 20) {
            return null;
        }
        try {
            double degrees = Double.parseDouble(value.strip());
            return Double.isFinite(degrees) && Math.abs(degrees) <= 180 ? degrees : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Double value) {
        return value == null ? "" : value.toString();
    }
}

package app.todo.weather.boundary;

import app.todo.platform.boundary.ClientAddress;
import app.todo.weather.control.WeatherService;
import app.todo.weather.entity.WeatherLookup;
import app.todo.weather.entity.WeatherReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The weather box on the to-do page: a city typed, its weather or a clear reason why not. */
@Named
@RequestScoped
public class WeatherBox {

    private static final int MAX_CITY_LENGTH = 100;

    @Inject
    WeatherService service;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    private String city;
    private WeatherLookup lookup;

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String show() {
        String typed = city == null ? "" : city.strip();
        if (typed.isEmpty()) {
            lookup = WeatherLookup.refused(WeatherLookup.Outcome.INVALID, text("weather.city.required"));
        } else if (typed.length() > MAX_CITY_LENGTH) {
            lookup = WeatherLookup.refused(WeatherLookup.Outcome.INVALID, text("weather.city.too-long"));
        } else {
            lookup = service.current(typed, clientAddress.of(request));
        }
        return null;
    }

    public WeatherReport getWeather() {
        return lookup == null ? null : lookup.weather();
    }

    /** Why there is no weather, in words for the person; null when there is weather or nothing was asked. */
    public String getError() {
        if (lookup == null || lookup.outcome() == WeatherLookup.Outcome.FOUND) {
            return null;
        }
        return switch (lookup.outcome()) {
            case NOT_FOUND -> text("weather.not-found").replace("{0}", city.strip());
            case INVALID -> lookup.problem() != null ? lookup.problem() : text("weather.invalid");
            case THROTTLED -> MessageFormat.format(text("weather.throttled"), lookup.retryAfterSeconds());
            default -> text("weather.unavailable");
        };
    }

    /** "Tue 8 Dec": a day of the forecast, in the page's language. */
    public String dayName(WeatherReport.Day day) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(day.date());
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }
}

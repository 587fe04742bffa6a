package app.todo.weather.boundary;

import app.todo.platform.boundary.ClientAddress;
import app.todo.platform.boundary.Problem;
import app.todo.weather.control.WeatherService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/weather/places?q=Par}: the places the weather box suggests as a person types (W9), asked of the
 * weather service server-side (the browser talks to this site only, W1), named in the browser's language. Signed in
 * like the rest of the API; fewer than 3 or more than 100 characters: 400. A weather service that cannot say answers
 * no places: suggestions are a help, typing the city and "Show weather" still work.
 */
@Path("weather/places")
@RequestScoped
public class PlacesResource {

    /** As the weather service asks it (its F15). */
    private static final int MIN_LENGTH = 3;

    @Inject
    WeatherService service;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /** A place as the box offers it: its label and where it is. */
    public record Suggestion(String label, double latitude, double longitude) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Suggestion> suggest(@QueryParam("q") String text) {
        String typed = text == null ? "" : text.strip();
        int length = typed.codePointCount(0, typed.length());
        if (length < MIN_LENGTH || length > WeatherBox.MAX_CITY_LENGTH) {
            throw new WebApplicationException(
                    Problem.response(400, "Bad Request", "Type 3 to 100 characters of a place's name", "q"));
        }
        return service.places(typed, request.getLocale().getLanguage(), clientAddress.of(request)).stream()
                .map(place -> new Suggestion(place.label(), place.latitude(), place.longitude()))
                .toList();
    }
}

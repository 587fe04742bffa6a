package app.todo.weather.control;

import app.todo.weather.entity.WeatherLookup;
import app.todo.weather.entity.WeatherLookup.Outcome;
import app.todo.weather.entity.WeatherRefusedException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * The weather service's refusals, as what the box shows (W2–W4): 404 an unknown city and 400 an invalid one in the
 * service's own words, 429 how long to wait, anything else unavailable.
 */
public class WeatherRefusals implements ResponseExceptionMapper<WeatherRefusedException> {

    private static final Logger LOG = Logger.getLogger(WeatherRefusals.class.getName());

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public WeatherRefusedException toThrowable(Response response) {
        int status = response.getStatus();
        return new WeatherRefusedException(
                switch (status) {
                    case 404 -> WeatherLookup.refused(Outcome.NOT_FOUND, detail(response));
                    case 400 -> WeatherLookup.refused(Outcome.INVALID, detail(response));
                    case 429 -> WeatherLookup.throttled(retryAfter(response));
                    default -> {
                        LOG.warning(() -> "Weather service answered " + status);
                        yield WeatherLookup.refused(Outcome.UNAVAILABLE, null);
                    }
                });
    }

    private static long retryAfter(Response response) {
        try {
            return Math.max(
                    1, Long.parseLong(response.getHeaderString("Retry-After").strip()));
        } catch (RuntimeException missingOrNotSeconds) {
            return 60;
        }
    }

    private static String detail(Response response) {
        try {
            return response.readEntity(JsonObject.class).getString("detail", null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}

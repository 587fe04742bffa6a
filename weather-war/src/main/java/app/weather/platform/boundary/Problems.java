package app.weather.platform.boundary;

import app.weather.forecast.entity.CityNotFoundException;
import app.weather.forecast.entity.InvalidQueryException;
import app.weather.forecast.entity.LookupsThrottledException;
import app.weather.forecast.entity.UpstreamException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure answers {@code application/problem+json} (RFC 9457) a person can read; never a stack trace. */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidQueryException invalid) {
            return problem(400, invalid.title(), invalid.getMessage());
        }
        if (cause instanceof CityNotFoundException notFound) {
            return problem(404, "City not found", notFound.getMessage());
        }
        if (cause instanceof LookupsThrottledException throttled) {
            return Response.fromResponse(problem(
                            429,
                            "Too many lookups",
                            throttled.getMessage() + "; try again in " + throttled.retryAfterSeconds() + " seconds"))
                    .header("Retry-After", String.valueOf(throttled.retryAfterSeconds()))
                    .build();
        }
        if (cause instanceof UpstreamException upstream) {
            Response.ResponseBuilder answer = Response.fromResponse(problem(
                    upstream.kind().status(),
                    "Weather unavailable",
                    upstream.kind().message()));
            if (upstream instanceof UpstreamException.RateLimited limited) {
                answer.header(
                        "Retry-After",
                        String.valueOf(Math.max(1, limited.retryAfter().toSeconds())));
            } else if (upstream.kind() == UpstreamException.Kind.UNREACHABLE) {
                answer.header("Retry-After", "10");
            }
            return answer.build();
        }
        if (cause instanceof WebApplicationException http) {
            int status = http.getResponse().getStatus();
            return problem(
                    status,
                    http.getResponse().getStatusInfo().getReasonPhrase(),
                    status == 404
                            ? "Nothing is here; ask GET /weather/?city=Paris"
                            : "The request cannot be served as sent");
        }
        LOG.log(Level.SEVERE, "Weather request failed unexpectedly: " + cause, cause);
        return problem(500, "Internal error", "Something went wrong on our side");
    }

    private static Response problem(int status, String title, String detail) {
        return new Problem(status, title, detail).response().build();
    }
}

package app.weather.forecast.control;

import app.weather.forecast.entity.UpstreamException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A provider's error status, as the failure it means (F7, F9): 429 asks us to wait (its Retry-After), 503 is
 * unreachable, anything else at or above 400 is an unusable answer. Registered on each provider's declared client.
 */
public class UpstreamFailures implements ResponseExceptionMapper<UpstreamException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public UpstreamException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 429) {
            var wait = UpstreamCalls.retryAfter(response.getHeaderString("Retry-After"), Instant.now());
            return new UpstreamException.RateLimited("answered HTTP 429, wait " + wait.toSeconds() + " s", wait);
        }
        return UpstreamException.answered(status);
    }
}

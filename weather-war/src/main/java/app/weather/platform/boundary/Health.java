package app.weather.platform.boundary;

import app.weather.forecast.control.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready as soon as the service can answer: the provider's own state is not ours to report, and a provider
 * outage must not take every replica out of the load balancer (cached and stale answers still serve).
 */
@ApplicationScoped
public class Health {

    @Inject
    Upstream upstream;

    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> HealthCheckResponse.named("weather").up().withData("provider", upstream.providerName()).build();
    }

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.named("weather").up().build();
    }
}

package app.weather.platform.boundary;

import app.weather.forecast.control.Upstream;
import app.weather.platform.control.DataGrid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready as soon as the service can answer: the provider's own state is not ours to report, and a provider
 * outage must not take every replica out of the load balancer (cached and stale answers still serve).
 *
 * <p>Not ready until the application has started: Payara serves the health endpoint while the WAR still
 * deploys, on a thread that is not the application's, where the provider's configuration cannot be read yet.
 * The provider is chosen at start instead, on the application's own thread, and the data grid joined.
 */
@ApplicationScoped
public class Health {

    @Inject
    Upstream upstream;

    @Inject
    DataGrid grid;

    private volatile boolean started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        upstream.providerName();
        grid.members();
        started = true;
    }

    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> started
                ? HealthCheckResponse.named("weather")
                        .up()
                        .withData("provider", upstream.providerName())
                        .withData("data_grid_members", grid.members())
                        .build()
                : HealthCheckResponse.named("weather")
                        .down()
                        .withData("starting", true)
                        .build();
    }

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.named("weather").up().build();
    }
}

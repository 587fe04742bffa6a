package app.weather.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lets browsers read the weather from the origins in {@code WEATHER_CORS_ORIGINS} ({@code *}: public data). */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class Cors implements ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "weather.cors.origins")
    String origins;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        headersFor(request.getHeaderString("Origin")).forEach(response.getHeaders()::putSingle);
    }

    /** The CORS headers to answer a request from this origin (none when it is not allowed, or no origin). */
    public java.util.Map<String, String> headersFor(String origin) {
        if (origin == null) {
            return java.util.Map.of();
        }
        Set<String> allowed =
                Arrays.stream(origins.split(",")).map(String::strip).collect(Collectors.toSet());
        if (allowed.contains("*")) {
            return java.util.Map.of(
                    "Access-Control-Allow-Origin",
                    "*",
                    "Access-Control-Allow-Methods",
                    "GET, OPTIONS",
                    "Access-Control-Max-Age",
                    "3600");
        }
        if (allowed.contains(origin)) {
            return java.util.Map.of(
                    "Access-Control-Allow-Origin",
                    origin,
                    "Vary",
                    "Origin",
                    "Access-Control-Allow-Methods",
                    "GET, OPTIONS",
                    "Access-Control-Max-Age",
                    "3600");
        }
        return java.util.Map.of();
    }
}

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
public class Cors implements ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "weather.cors.origins", defaultValue = "*")
    String origins;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return;
        }
        Set<String> allowed = Arrays.stream(origins.split(",")).map(String::strip).collect(Collectors.toSet());
        if (allowed.contains("*")) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        } else if (allowed.contains(origin)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().add("Vary", "Origin");
        } else {
            return;
        }
        response.getHeaders().putSingle("Access-Control-Allow-Methods", "GET, OPTIONS");
        response.getHeaders().putSingle("Access-Control-Max-Age", "3600");
    }
}

package app.todo.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for the sign-in throttle and the weather service's limits. Behind a proxy every request comes from the proxy:
 * {@code todo.client-address-header} then names the header in which the proxy gives the client's address
 * (ingress-nginx: X-Real-IP). Only set it where nothing but the proxy can reach the service.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "todo.client-address-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        if (header.isPresent() && !header.get().isBlank()) {
            String forwarded = request.getHeader(header.get());
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.strip();
            }
        }
        return request.getRemoteAddr();
    }
}

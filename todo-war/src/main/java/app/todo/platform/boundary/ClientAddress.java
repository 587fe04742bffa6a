package app.todo.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for the sign-in throttle and the weather service's limits. Behind a proxy every request comes from the proxy:
 * {@code todo.client-address-header} then names the header in which the proxy gives the client's address
 * (ingress-nginx: X-Real-IP). Only set it where nothing but the proxy can reach the service.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    @Inject
    @ConfigProperty(name = "todo.client-address-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        if (header.isPresent() && !header.get().isBlank()) {
            String forwarded = request.getHeader(header.get());
            // An address, or the connection's own: any other text would count apart per spelling.
            if (forwarded != null && IP_ADDRESS.matcher(forwarded.strip()).matches()) {
                return forwarded.strip();
            }
        }
        return request.getRemoteAddr();
    }
}

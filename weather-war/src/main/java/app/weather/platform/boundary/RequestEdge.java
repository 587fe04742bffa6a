package app.weather.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every request must be before anything answers it: addressed to a host of ours, not a request from outside
 * for the operational endpoints, and without a body (the service only answers GETs).
 * <ul>
 * <li>The {@code Host} is one of {@code weather.allowed-hosts} or an IP address (the kubelet's probes and
 * Prometheus address pods by IP; a DNS-rebinding page cannot, its origin is a name): anything else answers 421.</li>
 * <li>{@code /health}, {@code /metrics} and {@code /openapi} answer 404 to a request that came through a proxy
 * (ingress-nginx always sets {@code X-Forwarded-For} and {@code X-Real-IP}).</li>
 * <li>A body declared larger than {@link #MAX_BODY_BYTES} answers 413 before it is read, with the connection
 * closed rather than drained; one of undeclared length 411.</li>
 * </ul>
 * Mapped in web.xml after the security headers, ahead of the cache's fast path.
 */
public class RequestEdge extends HttpFilter {

    /** Nothing here takes a body; a small one (a probe's, a client's habit) is let through to be ignored. */
    static final int MAX_BODY_BYTES = 8 * 1024;

    private static final List<String> OPERATIONS = List.of("/health", "/metrics", "/openapi");
    private static final List<String> PROXY_HEADERS = List.of("X-Forwarded-For", "X-Real-IP", "Forwarded");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+]");

    @Inject
    @ConfigProperty(name = "weather.allowed-hosts")
    List<String> allowedHosts;

    private Set<String> hosts;

    @Override
    public void init() {
        hosts = allowedHosts.stream().map(host -> normalized(host.strip())).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = hostName(request.getHeader("Host"));
        if (host == null || !(hosts.contains(host) || IP_ADDRESS.matcher(host).matches())) {
            refuse(response, 421, "Misdirected Request", "This server does not serve that host name");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean operational =
                OPERATIONS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        if (operational && PROXY_HEADERS.stream().anyMatch(name -> request.getHeader(name) != null)) {
            refuse(response, 404, "Not Found", "There is nothing at this address");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES || (declared < 0 && request.getHeader("Transfer-Encoding") != null)) {
            response.setHeader("Connection", "close");
            refuse(
                    response,
                    declared < 0 ? 411 : 413,
                    declared < 0 ? "Length Required" : "Payload Too Large",
                    "This service takes no request body");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The host of a Host header, lower case, without its port or a trailing dot; null when there is none. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String host = header.strip();
        int port = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        return normalized(port > 0 ? host.substring(0, port) : host);
    }

    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static void refuse(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        new Problem(status, title, detail).write(response);
    }
}

package app.todo.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every request must be before anything reads it, signs it in or answers it: addressed to a host of ours,
 * not a request from outside for the operational endpoints, and of a size we accept.
 * <ul>
 * <li>The {@code Host} is one of {@code todo.public-origins}' hosts, {@code todo.allowed-hosts}, or an IP
 * address (the kubelet's probes and Prometheus address pods by IP; a DNS-rebinding page cannot, its origin is a
 * name): anything else answers 421.</li>
 * <li>{@code /health}, {@code /metrics} and {@code /openapi} answer 404 to a request that came through a proxy
 * (ingress-nginx always sets {@code X-Forwarded-For} and {@code X-Real-IP}): the probes and Prometheus reach
 * the pods directly.</li>
 * <li>A body declared larger than {@link #MAX_BODY_BYTES} answers 413 before a byte of it is read, and the
 * connection is closed rather than drained; a form without a declared length answers 411 (browsers always
 * declare it). JSON bodies without one are read up to the bound and no further ({@link JsonBodies}).</li>
 * </ul>
 * Called first by the authentication mechanism, which Jakarta Security runs for every request ahead of any filter.
 */
@ApplicationScoped
public class RequestEdge {

    /** Far above any valid body (a title has at most 200 characters, a form a few fields), far below what could hurt. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** An import's body: the file (5 MB, Imports.MAX_BYTES) and a form's parts around it. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024 + MAX_BODY_BYTES;

    /** Where files are imported: the API and the page's upload. */
    private static final List<String> IMPORTS = List.of("/api/import", "/transfer.xhtml");

    private static final List<String> OPERATIONS = List.of("/health", "/metrics", "/openapi");
    private static final List<String> PROXY_HEADERS = List.of("X-Forwarded-For", "X-Real-IP", "Forwarded");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+]");

    @Inject
    @ConfigProperty(name = "todo.public-origins")
    List<String> publicOrigins;

    @Inject
    @ConfigProperty(name = "todo.allowed-hosts")
    List<String> allowedHosts;

    private Set<String> hosts;

    @PostConstruct
    void start() {
        hosts = new HashSet<>();
        publicOrigins.forEach(
                origin -> hosts.add(normalized(URI.create(origin.strip()).getHost())));
        allowedHosts.forEach(host -> hosts.add(normalized(host.strip())));
    }

    /** True when this request has been answered here (421, 404, 413 or 411) and must go no further. */
    public boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String host = hostName(request.getHeader("Host"));
        if (host == null || !(hosts.contains(host) || IP_ADDRESS.matcher(host).matches())) {
            refuse(request, response, 421, "Misdirected Request", "This server does not serve that host name");
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isOperational(path) && PROXY_HEADERS.stream().anyMatch(name -> request.getHeader(name) != null)) {
            refuse(request, response, 404, "Not Found", "There is nothing at this address");
            return true;
        }
        long declared = request.getContentLengthLong();
        int bound = isImport(request) ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
        if (declared > bound) {
            response.setHeader("Connection", "close");
            refuse(request, response, 413, "Payload Too Large", "The body has more than " + bound + " bytes");
            return true;
        }
        String type = request.getContentType();
        if (declared < 0
                && request.getHeader("Transfer-Encoding") != null
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            response.setHeader("Connection", "close");
            refuse(request, response, 411, "Length Required", "A form must declare its length");
            return true;
        }
        return false;
    }

    /** A post to where files are imported, whose body may be a file of up to 5 MB. */
    public static boolean isImport(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && IMPORTS.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    private static boolean isOperational(String path) {
        return OPERATIONS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** The host of a Host header, lower case, without its port or a trailing dot; null when there is none. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String host = header.strip();
        int port = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        if (port > 0) {
            host = host.substring(0, port);
        }
        return normalized(host);
    }

    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** A refusal before the application: a problem document on the API, a line of plain text elsewhere. */
    static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.equals("/api")) {
            Problem.write(response, status, title, detail);
            return;
        }
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((detail + "\n").getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }
}

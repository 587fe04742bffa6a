package app.todo.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every request body whole before anything else sees the request, and bounds what slow bodies can hold.
 * <ul>
 * <li>At most {@link #READERS} requests receive their bodies at once, a third of the 24 HTTP workers
 * (server-config): 40 clients sending a byte a second once held every worker, and the health probes went
 * unanswered. One more answers 503 at once, with {@code Retry-After}, and the connection is closed.</li>
 * <li>The whole body must arrive within {@code todo.body-deadline}: the server's own timeout is per read, and
 * every byte resets it. A body still unfinished then answers 408 and the connection is closed. (A client silent
 * altogether is cut by the server's read timeout, 5 s, and answered 408 too.)</li>
 * <li>A body over {@link RequestEdge#MAX_BODY_BYTES} (one sent without a declared length) answers 413.</li>
 * </ul>
 * The body then goes down the filter chain in a {@link BufferedRequest}. Servlet non-blocking input would hold no
 * worker at all, but Payara's asynchronous dispatch back to the pages lost requests and their CDI request context.
 */
public class RequestBodies extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestBodies.class.getName());
    /** A third of the HTTP workers: pages, the API without bodies and the probes keep the rest. */
    static final int READERS = 8;

    /** How many times the body deadline an import's file may take to arrive. */
    static final int IMPORT_SLOWNESS = 12;

    private final Semaphore readers = new Semaphore(READERS);
    private final Semaphore importers = new Semaphore(1);

    @Inject
    @ConfigProperty(name = "todo.body-deadline")
    Duration deadline;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (RequestEdge.isImport(request)) {
            importBody(request, response, chain);
            return;
        }
        if (!readers.tryAcquire()) {
            response.setHeader("Retry-After", "5");
            refuse(
                    request,
                    response,
                    503,
                    "Service Unavailable",
                    "Too many requests are sending their bodies; try again shortly");
            return;
        }
        byte[] body;
        try {
            body = read(request, response);
        } finally {
            readers.release();
        }
        if (body != null) {
            chain.doFilter(new BufferedRequest(request, body), response);
        }
    }

    /**
     * An import's file (X2): one at a time per replica, from its body's first byte to the import's last statement,
     * so that a 5 MB file and what is made of it are in the heap once. Its body may take {@link #IMPORT_SLOWNESS}
     * times the deadline (60 s by default: 5 MB at 85 kB/s). A page's upload (multipart) is read by the container,
     * which parses its parts (web.xml bounds them), under the same gate.
     */
    private void importBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!importers.tryAcquire()) {
            response.setHeader("Retry-After", "5");
            refuse(request, response, 503, "Service Unavailable", "Another import is being read; try again shortly");
            return;
        }
        try {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = read(request, response, RequestEdge.MAX_IMPORT_BYTES, deadline.multipliedBy(IMPORT_SLOWNESS));
            if (body != null) {
                chain.doFilter(new BufferedRequest(request, body), response);
            }
        } finally {
            importers.release();
        }
    }

    /** The whole body, or null when it has been refused (408, 413) or the client has gone. */
    private byte[] read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return read(request, response, RequestEdge.MAX_BODY_BYTES, deadline);
    }

    private byte[] read(HttpServletRequest request, HttpServletResponse response, int maxBytes, Duration deadline)
            throws IOException {
        long due = System.nanoTime() + deadline.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        InputStream in = request.getInputStream();
        try {
            for (int read; (read = in.read(chunk)) >= 0; ) {
                body.write(chunk, 0, read);
                if (body.size() > maxBytes) {
                    refuse(
                            request,
                            response,
                            413,
                            "Payload Too Large",
                            "The body has more than " + maxBytes + " bytes");
                    return null;
                }
                if (System.nanoTime() - due > 0) {
                    refuse(
                            request,
                            response,
                            408,
                            "Request Timeout",
                            "The body did not arrive within " + deadline.toSeconds() + " seconds");
                    return null;
                }
            }
        } catch (IOException silentOrGone) {
            // The server's read timeout (a client silent for 5 s), or the client broke the body off: one line,
            // no stack trace; the answer reaches whoever is still there.
            LOG.fine(() -> "A request body was not received: " + silentOrGone);
            refuse(
                    request,
                    response,
                    408,
                    "Request Timeout",
                    "The body did not arrive within " + deadline.toSeconds() + " seconds");
            return null;
        }
        return body.toByteArray();
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Refused with the connection closed: the rest of the body is not read. */
    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setHeader("Connection", "close");
        if (!response.isCommitted()) {
            RequestEdge.refuse(request, response, status, title, detail);
        }
    }
}

package app.todo.platform.boundary;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every request body whole before anything else sees the request, without holding a worker while it
 * arrives, and within a deadline for the whole body ({@code todo.body-deadline}).
 * <ul>
 * <li>A blocking read holds one of the 24 HTTP workers for as long as the client takes; 40 clients sending a
 * byte a second held them all, and the health probes went unanswered. Here the body is read with the Servlet
 * container's non-blocking input ({@link ReadListener}): no worker waits on a slow client.</li>
 * <li>The per-read timeout of the server is reset by every byte; the deadline of the asynchronous request is
 * not: a body still unfinished when it passes answers 408 and the connection is closed.</li>
 * <li>At most {@link #MAX_PENDING} bodies are being received at once (each holds at most
 * {@link RequestEdge#MAX_BODY_BYTES}); one more answers 503 at once.</li>
 * </ul>
 * The complete body then goes down the filter chain to its page or resource in a {@link BufferedRequest} (an
 * asynchronous dispatch); the authentication mechanism, which reads no body, has already run.
 */
public class RequestBodies extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestBodies.class.getName());
    /** 256 bodies of at most 64 KiB: 16 MiB at most, a tenth of the heap. */
    static final int MAX_PENDING = 256;

    private final AtomicInteger pending = new AtomicInteger();

    @Inject
    RequestContextController requestContext;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    @ConfigProperty(name = "todo.body-deadline")
    Duration deadline;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof BufferedRequest && request.getDispatcherType() == DispatcherType.ASYNC) {
            // Payara starts no CDI request context for an asynchronous dispatch: this one is the request's.
            boolean activated = requestContext.activate();
            try {
                currentRequest.set(request);
                chain.doFilter(request, response);
            } finally {
                if (activated) {
                    requestContext.deactivate();
                }
            }
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(request)) {
            currentRequest.set(request);
            chain.doFilter(request, response);
            return;
        }
        if (pending.incrementAndGet() > MAX_PENDING) {
            pending.decrementAndGet();
            response.setHeader("Retry-After", "5");
            response.setHeader("Connection", "close");
            refuse(request, response, 503, "Service Unavailable", "Too many requests are sending their bodies; try again shortly");
            return;
        }
        // Started with the wrapper, so that the dispatch at the end passes it down the chain.
        BufferedRequest buffered = new BufferedRequest(request);
        AsyncContext async = request.startAsync(buffered, response);
        async.setTimeout(deadline.toMillis());
        BodyReader reader = new BodyReader(async, request, buffered, response);
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
                               String detail) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.equals("/api")) {
            Problem.write(response, status, title, detail);
        } else {
            response.setStatus(status);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println(detail);
        }
    }

    /** Collects one body as it arrives; then dispatches the request with it, or answers 413 / 408 / 400. */
    private final class BodyReader implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final HttpServletRequest request;
        private final BufferedRequest buffered;
        private final HttpServletResponse response;
        private final ServletInputStream in;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        /** Set by the first of: the whole body, a refusal, the deadline, a broken connection. */
        private final AtomicBoolean ended = new AtomicBoolean();

        BodyReader(AsyncContext async, HttpServletRequest request, BufferedRequest buffered, HttpServletResponse response)
                throws IOException {
            this.async = async;
            this.request = request;
            this.buffered = buffered;
            this.response = response;
            this.in = request.getInputStream();
        }

        @Override
        public void onDataAvailable() throws IOException {
            // Grizzly's isFinished() says that the body has arrived, not that it has been read: read until -1.
            while (in.isReady()) {
                int read = in.read(chunk);
                if (read < 0) {
                    onAllDataRead();
                    return;
                }
                body.write(chunk, 0, read);
                if (body.size() > RequestEdge.MAX_BODY_BYTES) {
                    answer(413, "Payload Too Large", "The body has more than " + RequestEdge.MAX_BODY_BYTES + " bytes");
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (end()) {
                buffered.read(body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable failure) {
            // The client went away or broke the body off: nobody is left to answer. One line, no stack trace.
            if (end()) {
                LOG.fine(() -> "A request body was broken off: " + failure);
                async.complete();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            answer(408, "Request Timeout", "The body did not arrive within " + deadline.toSeconds() + " seconds");
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // after the dispatched request or a refusal: ended already
        }

        @Override
        public void onError(AsyncEvent event) {
            if (end()) {
                async.complete();
            }
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // the dispatched page or resource may start its own
        }

        private void answer(int status, String title, String detail) throws IOException {
            if (end()) {
                response.setHeader("Connection", "close");
                refuse(request, response, status, title, detail);
                async.complete();
            }
        }

        /** True for the one caller that ends the reading; frees its place among the pending bodies. */
        private boolean end() {
            if (ended.compareAndSet(false, true)) {
                pending.decrementAndGet();
                return true;
            }
            return false;
        }
    }
}

package app.todo.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet request being served, for the beans that read it. Weld's own {@code HttpServletRequest} bean knows
 * no request in an asynchronous dispatch, which is how every request with a body arrives ({@link RequestBodies},
 * which sets this first).
 */
@RequestScoped
public class CurrentRequest {

    private HttpServletRequest request;

    void set(HttpServletRequest request) {
        this.request = request;
    }

    public HttpServletRequest get() {
        if (request == null) {
            throw new IllegalStateException("No request: RequestBodies, the first filter, sets it");
        }
        return request;
    }
}

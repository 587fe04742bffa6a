package app.todo.live.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.account.boundary.RequestForgeryGuard;
import app.todo.platform.boundary.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/live}: a server-sent event stream of the changes to the lists the caller sees (U2), an event
 * {@code change} with {@code {"list": 12, "say": "Bob ticked Buy milk"}} each; the page reloads what it shows and
 * reads out {@code say}. Signed in like any address of the API; a request another site's page makes is refused
 * (403), and so is a stream past the replica's or the account's bound (503, U5).
 */
@Path("live")
@RequestScoped
public class LiveResource {

    @Inject
    CurrentAccount account;

    @Inject
    LiveStreams streams;

    @Inject
    @ConfigProperty(name = "todo.public-origins")
    List<String> publicOrigins;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void open(@Context SseEventSink sink, @Context Sse sse) {
        if (RequestForgeryGuard.comesFromElsewhere(request, publicOrigins)) {
            throw new WebApplicationException(
                    Problem.response(403, "Forbidden", "This request did not come from this site's pages", null));
        }
        if (!streams.open(account.id(), request.getLocale(), sink, sse)) {
            throw new WebApplicationException(Response.fromResponse(Problem.response(
                            503,
                            "Too many live pages",
                            "Too many pages follow changes right now; reload the page to see what changed",
                            null))
                    .header("Retry-After", "30")
                    .build());
        }
    }
}

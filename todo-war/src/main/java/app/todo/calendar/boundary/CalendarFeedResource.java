package app.todo.calendar.boundary;

import app.todo.calendar.control.CalendarDocument;
import app.todo.calendar.control.CalendarFeeds;
import app.todo.calendar.control.FeedRate;
import app.todo.platform.boundary.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/calendar/{secret}.ics}: the calendar feed (C1–C3), the one address of the API that needs no sign-in
 * (web.xml): the secret is the credential, and it reads the feed, nothing else.
 */
@Path("calendar")
@RequestScoped
public class CalendarFeedResource {

    static final String MEDIA_TYPE = "text/calendar;charset=utf-8";

    @Inject
    CalendarFeeds feeds;

    @Inject
    FeedRate rate;

    @Inject
    CalendarDocument document;

    /** HEAD answers itself: JAX-RS would run the GET and never write its stream, keeping its writer's permit. */
    @HEAD
    @Path("{secret}.ics")
    public Response head(@PathParam("secret") String secret) {
        return feeds.ownerOf(secret).isPresent()
                ? Response.ok().type(MEDIA_TYPE).build()
                : Response.status(404).build();
    }

    @GET
    @Path("{secret}.ics")
    @Produces(MEDIA_TYPE)
    public Response feed(@PathParam("secret") String secret) {
        Long owner = feeds.ownerOf(secret).orElse(null);
        if (owner == null) {
            return Problem.response(
                    404,
                    "Not Found",
                    "No calendar feed has this address (it may have been renewed or turned off)",
                    null);
        }
        rate.take(owner);
        if (!document.acquire()) {
            return Response.fromResponse(Problem.response(
                            503, "Busy", "Other calendar feeds are being written right now; try again shortly", null))
                    .header("Retry-After", "5")
                    .build();
        }
        StreamingOutput body = out -> {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                document.write(owner, writer);
            } finally {
                document.release();
            }
        };
        return Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"todo.ics\"")
                .build();
    }
}

package app.todo.calendar.boundary;

import app.todo.calendar.control.CalendarDocument;
import app.todo.calendar.control.CalendarFeeds;
import app.todo.calendar.control.FeedRate;
import app.todo.platform.boundary.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

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
        return Response.ok(document.of(owner), MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"todo.ics\"")
                .build();
    }
}

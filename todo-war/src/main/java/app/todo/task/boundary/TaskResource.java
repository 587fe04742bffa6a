package app.todo.task.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.platform.boundary.JsonBodies;
import app.todo.platform.boundary.Problem;
import app.todo.task.control.Tasks;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskFilter;
import app.todo.task.entity.TaskListing;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Tasks as JSON, for scripts and database tools. Bodies are read strictly as raw JSON objects, so that a
 * wrong type ({@code "title": 5}) is refused by name instead of being coerced.
 */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    Tasks tasks;

    /** Who asks: HTTP Basic or the page's session cookie (app.todo.account.boundary.SessionMechanism). */
    @Inject
    CurrentAccount account;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Lists tasks, oldest first; done=true|false filters, page and size (at most 100) page")
    public TaskListing list(
            @QueryParam("done") String done, @QueryParam("page") String page, @QueryParam("size") String size) {
        TaskFilter filter = switch (done == null ? "" : done) {
            case "" -> TaskFilter.ALL;
            case "true" -> TaskFilter.DONE;
            case "false" -> TaskFilter.PENDING;
            default -> throw refused("done", "done must be true or false");
        };
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE, 1);
        int pageSize = number("size", size, 1, Tasks.MAX_PAGE_SIZE, Tasks.MAX_PAGE_SIZE);
        return tasks.list(account.id(), filter, pageNumber, pageSize);
    }

    @GET
    @Path("{id}")
    public Task get(@PathParam("id") String id) {
        return tasks.find(account.id(), id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a task: {\"title\": \"...\"} (trimmed, 1 to 200 characters)")
    public Response add(InputStream body) {
        Task task = tasks.add(account.id(), requiredString(JsonBodies.object(body), "title"));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(task.getId()))
                        .build())
                .entity(task)
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes title and/or done; with \"version\", refuses (409) if the task changed since")
    public Task update(@PathParam("id") String id, InputStream body) {
        JsonObject changes = JsonBodies.object(body);
        String title = optionalString(changes, "title");
        Boolean done = optionalBoolean(changes, "done");
        Long version = optionalLong(changes, "version");
        if (title == null && done == null) {
            throw refused(null, "Give title and/or done to change");
        }
        return tasks.update(account.id(), id(id), title, done, version);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        tasks.delete(account.id(), id(id));
        return Response.noContent().build();
    }

    private static long id(String value) {
        Long id = RequestNumbers.id(value);
        if (id == null) {
            throw new jakarta.ws.rs.NotFoundException(
                    Problem.response(Response.Status.NOT_FOUND, "There is no task " + abbreviated(value)));
        }
        return id;
    }

    private static String requiredString(JsonObject body, String field) {
        String value = optionalString(body, field);
        if (value == null) {
            throw refused(field, field + " is required");
        }
        return value;
    }

    private static String optionalString(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw refused(field, field + " must be a string");
    }

    private static Boolean optionalBoolean(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw refused(field, field + " must be true or false");
    }

    private static Long optionalLong(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                // refused below
            }
        }
        throw refused(field, field + " must be a whole number");
    }

    private static int number(String field, String value, int min, int max, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        Long number = RequestNumbers.id(value);
        if (number == null || number < min || number > max) {
            throw refused(field, field + " must be a whole number from " + min + " to " + max);
        }
        return number.intValue();
    }

    private static BadRequestException refused(String field, String detail) {
        String title = field == null ? "Invalid request" : "Invalid " + field;
        return new BadRequestException(Problem.response(400, title, detail, field));
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}

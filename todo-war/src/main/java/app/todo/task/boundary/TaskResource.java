package app.todo.task.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.platform.boundary.JsonBodies;
import app.todo.task.control.Lists;
import app.todo.task.control.Tasks;
import app.todo.task.entity.SearchText;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskFilter;
import app.todo.task.entity.TaskList;
import app.todo.task.entity.TaskListing;
import app.todo.task.entity.TaskMove;
import app.todo.task.entity.TaskScope;
import app.todo.task.entity.TaskSort;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Tasks as JSON, for scripts and database tools. Bodies bind to {@link Task} through JSON-B after a strict type
 * check (T11); a change is a JSON Merge Patch of the task as the API shows it (T14), guarded by its ETag (T15).
 */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    Tasks tasks;

    @Inject
    Lists lists;

    /** Who asks: HTTP Basic or the page's session cookie (app.todo.account.boundary.SessionMechanism). */
    @Inject
    CurrentAccount account;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "Lists tasks: of one list (list=ID), due today or overdue (view=today), due in the next 7 days"
                    + " (view=upcoming), whose title or notes contain q (case and accents ignored, pending first) or"
                    + " all; sort=position|due|priority|created orders a list (default: its own sort) or all (default:"
                    + " created); done=true|false filters, page and size (at most 100) page")
    public TaskListing list(
            @QueryParam("list") String list,
            @QueryParam("view") String view,
            @QueryParam("q") String query,
            @QueryParam("sort") String sort,
            @QueryParam("done") String done,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        TaskFilter filter = switch (done == null ? "" : done) {
            case "" -> TaskFilter.ALL;
            case "true" -> TaskFilter.DONE;
            case "false" -> TaskFilter.PENDING;
            default -> throw JsonBodies.refused("done", "done must be true or false");
        };
        int pageNumber = Queries.number("page", page, 1, Integer.MAX_VALUE, 1);
        int pageSize = Queries.number("size", size, 1, Tasks.MAX_PAGE_SIZE, Tasks.MAX_PAGE_SIZE);
        TaskSort order = null;
        if (sort != null) {
            order = TaskSort.fromParam(sort);
            if (order == null) {
                throw JsonBodies.refused("sort", "sort must be position, due, priority or created");
            }
            if (view != null || (query != null && !query.isBlank())) {
                throw JsonBodies.refused("sort", "sort orders a list or all tasks, not a view or a search");
            }
        }
        return tasks.list(scope(list, view, query, order), filter, pageNumber, pageSize);
    }

    /** A list in its own sort unless one is asked; all tasks oldest first unless one is asked (O1). */
    private TaskScope scope(String list, String view, String query, TaskSort sort) {
        if (list != null && view != null) {
            throw JsonBodies.refused("view", "Give a list or a view, not both");
        }
        if (query != null && !query.isBlank()) {
            if (list != null || view != null) {
                throw JsonBodies.refused("q", "A search is across all lists: give q without list or view");
            }
            String refusal = SearchText.refusal(query);
            if (refusal != null) {
                throw JsonBodies.refused("q", refusal);
            }
            return new TaskScope.Search(account.id(), query);
        }
        if (list != null) {
            long id = Queries.number("list", list, 1, Long.MAX_VALUE, 0);
            TaskList found = lists.readable(account.id(), id);
            return new TaskScope.InList(found.getId(), sort != null ? sort : found.getSort());
        }
        if (view == null) {
            return new TaskScope.All(account.id(), sort != null ? sort : TaskSort.CREATED);
        }
        if (!view.equals("today") && !view.equals("upcoming")) {
            throw JsonBodies.refused("view", "view must be today or upcoming");
        }
        return tasks.view(account.id(), view);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Task task = tasks.find(account.id(), id);
        return Response.ok(task).tag(Versions.tag(task.getVersion())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Adds a task: {\"title\": \"...\"} (trimmed, 1 to 200 characters), optionally listId (else the"
                    + " Inbox), dueDate, dueTime, notes, priority")
    public Response add(InputStream body) {
        Task task = tasks.add(account.id(), JsonBodies.bind(JsonBodies.object(body), Task.class));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(task.getId()))
                        .build())
                .entity(task)
                .tag(Versions.tag(task.getVersion()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({Versions.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Changes a task by JSON Merge Patch: an absent member stays, null clears it. With If-Match (its"
                    + " ETag) a task changed since is 412; with \"version\", 409")
    public Response update(@PathParam("id") long id, InputStream body) {
        Task stored = tasks.find(account.id(), id);
        Long expected = Versions.expected(request, headers, stored.getVersion());
        JsonObject patch = JsonBodies.object(body);
        Long version = Versions.fromBody(patch, expected);
        JsonBodies.check(patch, Task.class); // the patch's own members, type by type (a null done, say)
        Task wanted = JsonBodies.bind(JsonBodies.merged(JsonBodies.toJson(Tasks.copyOf(stored)), patch), Task.class);
        Task changed = tasks.change(account.id(), id, wanted, version);
        return Response.ok(changed).tag(Versions.tag(changed.getVersion())).build();
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Moves a task: {\"before\": ID} or {\"after\": ID} (next to that task, into its list) or"
                            + " {\"listId\": ID} (to the end of that list). With If-Match (its ETag) a task changed since is 412")
    public Response move(@PathParam("id") long id, InputStream body) {
        Task stored = tasks.find(account.id(), id);
        Long expected = Versions.expected(request, headers, stored.getVersion());
        Task moved = tasks.move(account.id(), id, JsonBodies.bind(JsonBodies.object(body), TaskMove.class), expected);
        return Response.ok(moved).tag(Versions.tag(moved.getVersion())).build();
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Changes or deletes many tasks at once, all or nothing: {\"ids\": [1, 2], \"set\": {a merge patch"
                    + " of each}} (200, the tasks) or {\"ids\": [...], \"delete\": true} (204); at most 1,000 ids, every"
                    + " one the caller's (else 404, nothing changed)")
    public Response bulk(InputStream body) {
        JsonObject object = JsonBodies.object(body);
        JsonBodies.check(object, BulkChange.class);
        List<Long> ids = ids(object.get("ids"));
        JsonValue set = object.get("set");
        boolean delete = object.get("delete") == JsonValue.TRUE;
        if (set != null && !(set instanceof JsonObject)) {
            throw JsonBodies.refused("set", "set must be an object: a merge patch of each task");
        }
        if ((set == null) == !delete) {
            throw JsonBodies.refused("set", "Give set (a merge patch of each task) or \"delete\": true");
        }
        if (delete) {
            tasks.deleteAll(account.id(), ids);
            return Response.noContent().build();
        }
        JsonObject patch = (JsonObject) set;
        JsonBodies.check(patch, Task.class);
        List<Task> changed = tasks.changeAll(
                account.id(),
                ids,
                copy -> JsonBodies.bind(JsonBodies.merged(JsonBodies.toJson(copy), patch), Task.class));
        return Response.ok(changed).build();
    }

    /** A bulk change's ids: 1 to 1,000 whole numbers. */
    private static List<Long> ids(JsonValue value) {
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > Tasks.MAX_BULK) {
            throw JsonBodies.refused("ids", "ids must be a list of 1 to " + Tasks.MAX_BULK + " task ids");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue id : array) {
            if (!(id instanceof JsonNumber number)
                    || !number.isIntegral()
                    || number.bigIntegerValue().bitLength() > 63) {
                throw JsonBodies.refused("ids", "ids must be whole numbers");
            }
            ids.add(number.longValue());
        }
        return ids;
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Task stored = tasks.find(account.id(), id);
        Versions.expected(request, headers, stored.getVersion());
        tasks.delete(account.id(), id);
        return Response.noContent().build();
    }
}

package app.todo.task.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.platform.boundary.JsonBodies;
import app.todo.task.control.Lists;
import app.todo.task.entity.TaskList;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The account's lists as JSON: the same rules as the page (L1 to L4), changes by merge patch and ETag (T14, T15). */
@Path("lists")
@Produces(MediaType.APPLICATION_JSON)
public class ListResource {

    @Inject
    Lists lists;

    @Inject
    CurrentAccount account;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The account's lists in their order, each with its number of open tasks (openCount)")
    public List<TaskList> all() {
        return lists.visible(account.id());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        TaskList list = lists.readable(account.id(), id);
        return Response.ok(list).tag(tag(list)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a list: {\"name\": \"...\"} (trimmed, 1 to 60 characters), placed last")
    public Response create(InputStream body) {
        TaskList list = lists.create(account.id(), JsonBodies.bind(JsonBodies.object(body), TaskList.class));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(list.getId()))
                        .build())
                .entity(list)
                .tag(tag(list))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({Versions.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Renames or moves a list by JSON Merge Patch (name, position); If-Match guards it (412)")
    public Response change(@PathParam("id") long id, InputStream body) {
        TaskList stored = lists.find(account.id(), id);
        Long expected = Versions.expected(request, headers, stored.getVersion());
        JsonObject patch = JsonBodies.object(body);
        JsonBodies.check(patch, TaskList.class);
        TaskList wanted = JsonBodies.bind(JsonBodies.merged(JsonBodies.toJson(stored), patch), TaskList.class);
        TaskList changed = lists.change(account.id(), id, wanted, Versions.fromBody(patch, expected));
        return Response.ok(changed).tag(tag(changed)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a list and its tasks; the Inbox cannot be deleted (409)")
    public Response delete(@PathParam("id") long id) {
        Versions.expected(request, headers, lists.find(account.id(), id).getVersion());
        lists.delete(account.id(), id);
        return Response.noContent().build();
    }

    private static jakarta.ws.rs.core.EntityTag tag(TaskList list) {
        return Versions.tag(list.getVersion());
    }
}

package app.todo.sharing.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.account.entity.Account;
import app.todo.platform.boundary.JsonBodies;
import app.todo.sharing.control.Sharing;
import app.todo.sharing.entity.ListPeople;
import app.todo.sharing.entity.ListRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;

/**
 * Sharing a list through the API (H1–H5): {@code /api/lists/{id}/people}, who shares it; the owner invites, changes
 * roles and removes; a member removes themselves to leave. The invited answer at {@link InvitationResource}.
 */
@Path("lists/{id}/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SharingResource {

    @Inject
    Sharing sharing;

    @Inject
    CurrentAccount account;

    @Inject
    Validator validator;

    /** An invitation or a role change as sent: a user name and "view" or "edit". */
    public record Invite(
            @NotBlank(message = "{sharing.name.required}")
            @Pattern(regexp = Account.NAME_PATTERN, message = "{sharing.name.invalid}")
            String name,

            @NotNull(message = "{sharing.role.required}") @JsonbTypeAdapter(ListRole.Json.class)
            ListRole role) {}

    /** A role change as sent. */
    public record RoleChange(
            @NotNull(message = "{sharing.role.required}") @JsonbTypeAdapter(ListRole.Json.class)
            ListRole role) {}

    @GET
    public ListPeople people(@PathParam("id") long id) {
        return sharing.people(account.id(), id);
    }

    /** 204 whether or not an account has that name (H1). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, InputStream body) {
        Invite invite = validated(JsonBodies.bind(JsonBodies.object(body), Invite.class));
        sharing.invite(account.id(), id, invite.name(), invite.role());
        return Response.noContent().build();
    }

    @PATCH
    @Path("{name}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response changeRole(@PathParam("id") long id, @PathParam("name") String name, InputStream body) {
        RoleChange change = validated(JsonBodies.bind(JsonBodies.object(body), RoleChange.class));
        sharing.changeRole(account.id(), id, name, change.role());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{name}")
    public Response remove(@PathParam("id") long id, @PathParam("name") String name) {
        sharing.remove(account.id(), id, name);
        return Response.noContent().build();
    }

    private <T> T validated(T sent) {
        Set<ConstraintViolation<T>> violations = validator.validate(sent);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return sent;
    }
}

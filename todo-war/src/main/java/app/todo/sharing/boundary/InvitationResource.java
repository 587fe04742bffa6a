package app.todo.sharing.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.sharing.control.Sharing;
import app.todo.sharing.entity.Invitation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /api/invitations}: the invitations waiting for the caller's name (H1), to accept or decline (H2). */
@Path("invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    Sharing sharing;

    @Inject
    CurrentAccount account;

    @GET
    public List<Invitation> invitations() {
        return sharing.invitations(account.id());
    }

    @POST
    @Path("{listId}/accept")
    public Response accept(@PathParam("listId") long listId) {
        sharing.accept(account.id(), listId);
        return Response.noContent().build();
    }

    @POST
    @Path("{listId}/decline")
    public Response decline(@PathParam("listId") long listId) {
        sharing.decline(account.id(), listId);
        return Response.noContent().build();
    }
}

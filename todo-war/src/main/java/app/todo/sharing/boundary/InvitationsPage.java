package app.todo.sharing.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.sharing.control.Sharing;
import app.todo.sharing.entity.Invitation;
import app.todo.task.entity.ListNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Backs the page "Invitations" (H1, H2): the invitations waiting for the person's name, each with "Accept" (then the
 * list opens) and "Decline"; and the count the header shows.
 */
@Named
@RequestScoped
public class InvitationsPage {

    @Inject
    Sharing sharing;

    @Inject
    CurrentAccount account;

    private List<Invitation> invitations;
    private Long accept;
    private Long decline;

    public List<Invitation> getInvitations() {
        if (invitations == null) {
            invitations = sharing.invitations(account.id());
        }
        return invitations;
    }

    /** "Groceries, shared by alice: can view". */
    public String describe(Invitation invitation) {
        FacesContext context = FacesContext.getCurrentInstance();
        java.util.ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        return new java.text.MessageFormat(
                        msg.getString("sharing.invitation"),
                        context.getViewRoot().getLocale())
                .format(new Object[] {
                    invitation.list(), invitation.owner(), msg.getString("sharing.role." + invitation.role())
                });
    }

    public int getCount() {
        return getInvitations().size();
    }

    /** The view action: a post naming the list whose invitation is accepted or declined. */
    public void act() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            return; // a link (GET) never changes anything
        }
        try {
            if (accept != null) {
                sharing.accept(account.id(), accept);
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/?list=" + accept);
                FacesContext.getCurrentInstance().responseComplete();
            } else if (decline != null) {
                sharing.decline(account.id(), decline);
            }
        } catch (ListNotFoundException gone) {
            FacesContext context = FacesContext.getCurrentInstance();
            String text =
                    context.getApplication().getResourceBundle(context, "msg").getString("sharing.invitation-gone");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        invitations = null;
    }

    public Long getAccept() {
        return accept;
    }

    public void setAccept(Long accept) {
        this.accept = accept;
    }

    public Long getDecline() {
        return decline;
    }

    public void setDecline(Long decline) {
        this.decline = decline;
    }
}

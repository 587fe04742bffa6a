package app.todo.sharing.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.sharing.control.Sharing;
import app.todo.sharing.entity.ListPeople;
import app.todo.sharing.entity.ListRole;
import app.todo.sharing.entity.NotListOwnerException;
import app.todo.sharing.entity.SharingRefusedException;
import app.todo.task.control.Lists;
import app.todo.task.entity.ListNotFoundException;
import app.todo.task.entity.TaskList;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;

/**
 * Backs the page "Share list" ({@code share.xhtml?list=12}, H1–H5): the owner invites a user name ("User name", "Can
 * view" / "Can edit", "Invite"), changes a member's role, removes a member or withdraws an invitation; a member sees
 * who shares the list and may "Leave list". Row buttons post the name they act on, bound as view parameters.
 */
@Named
@RequestScoped
public class SharePage {

    @Inject
    Sharing sharing;

    @Inject
    Lists lists;

    @Inject
    CurrentAccount account;

    private Long listId;
    private TaskList list;
    private ListPeople people;
    private String name;
    private ListRole role = ListRole.VIEW;
    private String remove;
    private String makeEditor;
    private String makeViewer;
    private String leave;

    /** The view action: the list must be the person's or shared with them; then a row's button, if any. */
    public void act() {
        try {
            getList();
        } catch (ListNotFoundException gone) {
            redirect("/");
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            return; // a link (GET) never changes anything
        }
        try {
            if (remove != null) {
                sharing.remove(account.id(), listId, remove);
                say("sharing.removed", remove);
            } else if (makeEditor != null) {
                sharing.changeRole(account.id(), listId, makeEditor, ListRole.EDIT);
                say("sharing.role-changed", makeEditor);
            } else if (makeViewer != null) {
                sharing.changeRole(account.id(), listId, makeViewer, ListRole.VIEW);
                say("sharing.role-changed", makeViewer);
            } else if (leave != null) {
                sharing.remove(account.id(), listId, account.getName());
                redirect("/");
            }
        } catch (ListNotFoundException | NotListOwnerException nothingSo) {
            say("sharing.nobody");
        }
        people = null;
    }

    public String invite() {
        try {
            sharing.invite(account.id(), listId, name, role);
            say("sharing.invited", name.strip());
            name = null;
        } catch (SharingRefusedException refused) {
            say(refused.text(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
        people = null;
        return null;
    }

    public TaskList getList() {
        if (list == null) {
            if (listId == null) {
                throw new ListNotFoundException(0, false);
            }
            list = lists.readable(account.id(), listId);
        }
        return list;
    }

    /**
     * Whether the person owns the list. A postback asks before its view parameters are bound (Faces decodes the
     * forms first): no list yet, no owner's controls to decode but the invite form's (see {@link #isInviteShown}).
     */
    public boolean isOwner() {
        return listId != null && !getList().isShared();
    }

    /** The invite form: the owner's; and on a postback before the list is known, so that its button is found. */
    public boolean isInviteShown() {
        return listId == null || isOwner();
    }

    public ListPeople getPeople() {
        if (listId == null) {
            return new ListPeople(null, List.of(), List.of()); // decoding a postback: the rows are plain buttons
        }
        if (people == null) {
            people = sharing.people(account.id(), listId);
        }
        return people;
    }

    public ListRole[] getRoles() {
        return ListRole.values();
    }

    private void say(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "msg").getString(key);
        say(new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments));
    }

    private static void say(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    public Long getListId() {
        return listId;
    }

    public void setListId(Long listId) {
        this.listId = listId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ListRole getRole() {
        return role;
    }

    public void setRole(ListRole role) {
        this.role = role;
    }

    public String getRemove() {
        return remove;
    }

    public void setRemove(String remove) {
        this.remove = remove;
    }

    public String getMakeEditor() {
        return makeEditor;
    }

    public void setMakeEditor(String makeEditor) {
        this.makeEditor = makeEditor;
    }

    public String getMakeViewer() {
        return makeViewer;
    }

    public void setMakeViewer(String makeViewer) {
        this.makeViewer = makeViewer;
    }

    public String getLeave() {
        return leave;
    }

    public void setLeave(String leave) {
        this.leave = leave;
    }
}

package app.todo.task.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.task.control.Tasks;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskAddsThrottledException;
import app.todo.task.entity.TaskFilter;
import app.todo.task.entity.TaskListing;
import app.todo.task.entity.TaskNotFoundException;
import app.todo.task.entity.TaskQuotaExceededException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Backs the to-do page. The page is a stateless JSF view: nothing of it lives in server memory between
 * requests, so any replica can answer any request. What a request acts on travels in the request itself
 * (filter, page, the task's id and version).
 */
@Named
@RequestScoped
public class TaskPage {

    @Inject
    Tasks tasks;

    @Inject
    ViolationMessages violationMessages;

    @Inject
    CurrentAccount account;

    private TaskFilter filter;
    private int page;
    private Long editId;
    private Long postedVersion;
    private TaskListing listing;
    private String formToken;

    private String newTitle;
    private String editTitle;

    @PostConstruct
    void readRequest() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        filter = TaskFilter.fromParam(params.get("filter"));
        page = RequestNumbers.positiveInt(params.get("page"), 1);
        editId = RequestNumbers.id(params.get("edit"));
        postedVersion = RequestNumbers.id(params.get("version"));
        editTitle = params.get("title");
        if ("true".equals(params.get("expired"))) {
            error("view.expired");
        }
    }

    /** Loads the list before anything is written, so that a database failure can still answer 503. */
    public void load() {
        getListing();
    }

    public TaskListing getListing() {
        if (listing == null) {
            listing = tasks.list(account.id(), filter, page, Tasks.MAX_PAGE_SIZE, Tasks.PAGE_COUNT_LIMIT);
        }
        return listing;
    }

    /** The session's form token, which every form of the page carries (RequestForgeryGuard). */
    public String getFormToken() {
        if (formToken == null) {
            formToken = account.getFormToken();
        }
        return formToken;
    }

    /** "Signed in as NAME", in the language of the page. */
    public String getSignedInAs() {
        return new java.text.MessageFormat(
                        bundle().getString("account.signed-in-as"),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(new Object[] {account.getName()});
    }

    public TaskFilter getFilter() {
        return filter;
    }

    /**
     * Page links: every counted page; when the counts are capped, also the page shown (when past them) and
     * the next one (when this one is full). Never more than the counted pages and two, whatever the URL asks.
     */
    public List<Integer> getPageNumbers() {
        TaskListing shown = getListing();
        List<Integer> numbers = new java.util.ArrayList<>(java.util.stream.IntStream.rangeClosed(1, shown.pageCount())
                .boxed()
                .toList());
        if (shown.countsCapped()) {
            if (shown.page() > shown.pageCount()) {
                numbers.add(shown.page());
            }
            if (shown.hasNextPage() && shown.page() >= shown.pageCount()) {
                numbers.add(shown.page() + 1);
            }
        }
        return numbers;
    }

    /** "1 task left" / "N tasks left" / "1,000+ tasks left", in the language of the page. */
    public String getCounter() {
        long pending = getListing().pending();
        // The page counts up to the limit: a count at the limit means at least that many.
        String key = pending >= Tasks.PAGE_COUNT_LIMIT
                ? "tasks.left.atLeast"
                : pending == 1 ? "tasks.left.one" : "tasks.left.many";
        String pattern = bundle().getString(key);
        return new java.text.MessageFormat(
                        pattern, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(new Object[] {pending});
    }

    public boolean isEditing(long id) {
        return editId != null && editId == id;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    /** The text of the title being edited: what was typed, else the stored title. */
    public String getEditTitle() {
        if (editTitle == null && editId != null) {
            editTitle = getListing().tasks().stream()
                    .filter(task -> Objects.equals(task.getId(), editId))
                    .map(Task::getTitle)
                    .findFirst()
                    .orElse(null);
        }
        return editTitle;
    }

    /** The page's own URL for this filter and page, with extra query parameters appended. */
    public String url(String extraQuery) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder url = new StringBuilder(external.getRequestContextPath())
                .append("/?filter=")
                .append(filter.param());
        if (page > 1) {
            url.append("&page=").append(page);
        }
        if (extraQuery != null && !extraQuery.isEmpty()) {
            url.append('&').append(extraQuery);
        }
        return url.toString();
    }

    public String filterUrl(String filterParam) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestContextPath() + "/?filter=" + URLEncoder.encode(filterParam, StandardCharsets.UTF_8);
    }

    public String pageUrl(int number) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestContextPath() + "/?filter=" + filter.param() + "&page=" + number;
    }

    public String add() {
        try {
            tasks.add(account.id(), newTitle);
            newTitle = null;
            return changed();
        } catch (ConstraintViolationException e) {
            violationMessages.show(e);
            return null;
        } catch (TaskQuotaExceededException e) {
            error("task.quota", e.limit());
            return null;
        } catch (TaskAddsThrottledException e) {
            error("task.throttled", e.retryAfterSeconds());
            return null;
        }
    }

    /**
     * What a row's form asks (its button's {@code op}: done, undo, save, delete) for the task id and version
     * the person saw. Posts only: a link must never change anything.
     */
    public String rowAction() {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        Long id = RequestNumbers.id(params.get("task"));
        // Named "op", not "action": a form control named "action" hides the form's action URL from scripts.
        String op = params.get("op");
        // A posted form only: Faces takes any request with a view state for a postback (RequestForgeryGuard too).
        if (!context.isPostback()
                || !"POST"
                        .equals(((jakarta.servlet.http.HttpServletRequest)
                                        context.getExternalContext().getRequest())
                                .getMethod())
                || id == null
                || op == null) {
            return null;
        }
        return switch (op) {
            case "done" -> setDone(id, true);
            case "undo" -> setDone(id, false);
            case "save" -> rename(id);
            case "delete" -> delete(id);
            default -> null;
        };
    }

    /** Sets the state the person asked for, not the opposite of whatever is stored now. */
    private String setDone(long id, boolean done) {
        return act(() -> tasks.update(account.id(), id, null, done, postedVersion));
    }

    private String rename(long id) {
        try {
            tasks.update(account.id(), id, editTitle, null, postedVersion);
            editId = null;
            return changed();
        } catch (ConstraintViolationException e) {
            violationMessages.show(e);
            return null;
        } catch (TaskNotFoundException | OptimisticLockException e) {
            editId = null;
            return failed(e);
        }
    }

    private String delete(long id) {
        return act(() -> tasks.delete(account.id(), id));
    }

    public String clearDone() {
        return act(() -> tasks.clearDone(account.id()));
    }

    private String act(Runnable change) {
        try {
            change.run();
            return changed();
        } catch (TaskNotFoundException | OptimisticLockException e) {
            return failed(e);
        }
    }

    private String failed(RuntimeException e) {
        String key = e instanceof TaskNotFoundException ? "task.gone" : "task.conflict";
        error(key);
        listing = null;
        return null;
    }

    /**
     * After a change: an Ajax request re-renders in place; a plain form post is answered with a redirect,
     * so that reloading the page never posts again.
     */
    private String changed() {
        FacesContext context = FacesContext.getCurrentInstance();
        listing = null;
        if (context.getPartialViewContext().isAjaxRequest()) {
            return null;
        }
        try {
            context.getExternalContext().redirect(url(null));
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private void error(String key, Object... arguments) {
        String text = new java.text.MessageFormat(
                        bundle().getString(key),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }
}

package app.todo.task.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.task.control.Lists;
import app.todo.task.control.Tasks;
import app.todo.task.entity.ListNotFoundException;
import app.todo.task.entity.ListReadOnlyException;
import app.todo.task.entity.ListRefusedException;
import app.todo.task.entity.Priority;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskAddsThrottledException;
import app.todo.task.entity.TaskFilter;
import app.todo.task.entity.TaskList;
import app.todo.task.entity.TaskListing;
import app.todo.task.entity.TaskMove;
import app.todo.task.entity.TaskNotFoundException;
import app.todo.task.entity.TaskQuotaExceededException;
import app.todo.task.entity.TaskScope;
import app.todo.task.entity.TaskSort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Backs the to-do page. The page is a stateless JSF view: nothing of it lives in server memory between requests,
 * so any replica can answer any request. What a request shows and acts on travels in the request itself, bound by
 * Faces view parameters: the list or view, filter, page, the task being edited, and what a row's button asks.
 */
@Named
@RequestScoped
public class TaskPage {

    @Inject
    Tasks tasks;

    @Inject
    Lists lists;

    @Inject
    ViolationMessages violationMessages;

    @Inject
    CurrentAccount account;

    @Inject
    HttpServletRequest request;

    // What the URL or the posted form names (view parameters).
    private Long listId;
    private String view;
    private String query;
    private TaskFilter filter = TaskFilter.ALL;
    private int page = 1;
    private Long editId;
    private Long version;
    private TaskRef markDone;
    private TaskRef markPending;
    private TaskRef deletion;
    private TaskRef moveUp;
    private TaskRef moveDown;
    private TaskRef dragged;
    private Long dropBefore;
    private Long dropAfter;
    private Long editingVersion;
    private boolean expired;

    // What the forms bind.
    private Task newTask = new Task();
    private Task editing;
    private String newListName;
    private TaskSort chosenSort;
    private boolean selectAll;
    private Long bulkListId;
    private LocalDate bulkDue;
    private List<Long> confirming = List.of();
    private String confirmDelete;

    /**
     * The request's parameters with all their values: the rows ticked "Select" (B1) are plain checkboxes of one name.
     * (A map, not the {@code String[]} itself: Jersey's CDI scan warns at start about an array injection point.)
     */
    @Inject
    @ManagedProperty("#{paramValues}")
    Map<String, String[]> parameterValues;

    private String listName;

    private List<TaskList> allLists;
    private TaskList currentList;
    private TaskScope scope;
    private TaskListing listing;
    private LocalDate today;
    private String formToken;

    /** Loads the page before anything is written, so that a database failure can still answer 503. */
    public void load() {
        if (expired) {
            error("view.expired");
        }
        getListing();
        newTask = freshTask();
    }

    /** The add form's task: in Today, due today (else it would not show where it was added). */
    private Task freshTask() {
        Task fresh = new Task();
        if ("today".equals(view)) {
            fresh.setDueDate(getToday());
        }
        return fresh;
    }

    public List<TaskList> getLists() {
        if (allLists == null) {
            allLists = lists.visible(account.id());
        }
        return allLists;
    }

    /** The list shown, or null in a view; a list that is gone (or never was this account's) shows the Inbox. */
    public TaskList getCurrentList() {
        if (currentList == null && view == null) {
            currentList = getLists().stream()
                    .filter(list ->
                            listId == null ? list.isInbox() : list.getId().equals(listId))
                    .findFirst()
                    .orElse(null);
            if (currentList == null) {
                error("list.gone");
                listId = null;
                currentList = getLists().stream()
                        .filter(TaskList::isInbox)
                        .findFirst()
                        .orElseThrow();
            }
        }
        return currentList;
    }

    public TaskScope getScope() {
        if (scope == null) {
            scope = view == null
                    ? new TaskScope.InList(
                            getCurrentList().getId(), getCurrentList().getSort())
                    : query != null ? new TaskScope.Search(account.id(), query) : tasks.view(account.stored(), view);
        }
        return scope;
    }

    public TaskListing getListing() {
        if (listing == null) {
            listing = tasks.list(getScope(), filter, page, Tasks.MAX_PAGE_SIZE, Tasks.PAGE_COUNT_LIMIT);
        }
        return listing;
    }

    /** The account's today (its time zone): what the due dates are told from. */
    public LocalDate getToday() {
        if (today == null) {
            today = getScope() instanceof TaskScope.Today t
                    ? t.today()
                    : getScope() instanceof TaskScope.Upcoming u
                            ? u.today()
                            : account.stored().today();
        }
        return today;
    }

    /** A list's name as the page shows it: the Inbox's own name in the page's language while it is unchanged. */
    public String nameOf(TaskList list) {
        return list.isInbox() && TaskList.INBOX_NAME.equals(list.getName())
                ? bundle().getString("list.inbox")
                : list.getName();
    }

    /** "shared by alice", beside a shared list's name. */
    public String sharedBy(TaskList list) {
        return java.text.MessageFormat.format(bundle().getString("list.shared-by"), list.getSharedBy());
    }

    /** The names of the account's lists by id, for the rows of a view (each says which list it is in). */
    public Map<Long, String> getListNames() {
        return getLists().stream().collect(Collectors.toMap(TaskList::getId, this::nameOf));
    }

    /** What the heading says: the list's name, "Today", "Upcoming" or what was searched. */
    public String getHeading() {
        if (query != null) {
            return format("view.search", query);
        }
        return view == null ? nameOf(getCurrentList()) : bundle().getString("view." + view);
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
        return format("account.signed-in-as", account.getName());
    }

    /**
     * Page links: every counted page; when the counts are capped, also the page shown (when past them) and
     * the next one (when this one is full). Never more than the counted pages and two, whatever the URL asks.
     */
    public List<Integer> getPageNumbers() {
        TaskListing shown = getListing();
        List<Integer> numbers = new ArrayList<>(
                IntStream.rangeClosed(1, shown.pageCount()).boxed().toList());
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
        return format(key, pending);
    }

    /** "Delete the list “Work” and its 5 tasks?", asked once more before a list goes. */
    public String getDeleteQuestion() {
        TaskList list = getCurrentList();
        long held = tasks.list(new TaskScope.InList(list.getId()), TaskFilter.ALL, 1, 1)
                .total();
        return format(held == 1 ? "list.delete.question.one" : "list.delete.question", nameOf(list), held);
    }

    // URLs: bookmarkable, and the back button goes where it should.

    /** The page's own URL for this list or view, filter and page, with extra query parameters appended. */
    public String url(String extraQuery) {
        return urlOf("", extraQuery);
    }

    /** Another page of the list's (the task's edit form, the list's delete question) for this list or view. */
    public String urlOf(String file, String extraQuery) {
        StringBuilder url = new StringBuilder(where(file));
        url.append("&filter=").append(filter.param());
        if (page > 1) {
            url.append("&page=").append(page);
        }
        if (extraQuery != null && !extraQuery.isEmpty()) {
            url.append('&').append(extraQuery);
        }
        return url.toString();
    }

    private String where() {
        return where("");
    }

    private String where(String file) {
        String root = request.getContextPath() + "/" + file + "?";
        if (query != null) {
            return root + "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        }
        if (view != null) {
            return root + "view=" + view;
        }
        return root + "list=" + getCurrentList().getId();
    }

    public String listUrl(TaskList list) {
        return request.getContextPath() + "/?list=" + list.getId();
    }

    public String viewUrl(String name) {
        return request.getContextPath() + "/?view=" + name;
    }

    public String filterUrl(String filterParam) {
        return where() + "&filter=" + TaskFilter.fromParam(filterParam).param();
    }

    public String pageUrl(int number) {
        return where() + "&filter=" + filter.param() + "&page=" + number;
    }

    // Actions.

    public String add() {
        try {
            newTask.setListId(view == null ? getCurrentList().getId() : null);
            tasks.add(account.id(), newTask);
            newTask = freshTask(); // an Ajax add shows the form empty again
            return changed(url(null));
        } catch (ConstraintViolationException e) {
            violationMessages.show(e);
        } catch (TaskQuotaExceededException e) {
            error("task.quota", e.limit());
        } catch (TaskAddsThrottledException e) {
            error("task.throttled", e.retryAfterSeconds());
        } catch (ListNotFoundException e) {
            error("list.gone");
        } catch (ListReadOnlyException e) {
            error("list.read-only");
        }
        return null;
    }

    /**
     * What a row's button asks: its name says what ({@code done}, {@code undo}, {@code delete}), its value which task
     * at which version the person saw. Posts only: a link must never change anything.
     */
    public String rowAction() {
        FacesContext context = FacesContext.getCurrentInstance();
        // A posted form only: Faces takes any request with a view state for a postback (RequestForgeryGuard too).
        if (!context.isPostback() || !"POST".equals(request.getMethod())) {
            return null;
        }
        if (markDone != null) {
            return act(() -> tasks.setDone(account.id(), markDone.id(), true, markDone.version()));
        }
        if (markPending != null) {
            return act(() -> tasks.setDone(account.id(), markPending.id(), false, markPending.version()));
        }
        if (deletion != null) {
            return act(() -> tasks.delete(account.id(), deletion.id()));
        }
        if (moveUp != null || moveDown != null) {
            TaskRef moving = moveUp != null ? moveUp : moveDown;
            return act(() -> tasks.moveAlong(account.id(), moving.id(), moveUp != null, filter, moving.version()));
        }
        if ("yes".equals(confirmDelete)) {
            return bulkDelete();
        }
        if (dragged != null && (dropBefore != null || dropAfter != null)) {
            return act(() -> tasks.move(
                    account.id(), dragged.id(), new TaskMove(dropBefore, dropAfter, null), dragged.version()));
        }
        return null;
    }

    /** Whether the rows can be moved by hand: a list in "My order" (O3). */
    /** Whether the person may change the tasks shown (H3): a view, their own list, or a list shared to edit. */
    public boolean isChangeable() {
        return view != null || getCurrentList().isChangeable();
    }

    /** Whether the list shown is the person's own, whose name, sort and sharing they change (H4). */
    public boolean isOwnList() {
        return view == null && !getCurrentList().isShared();
    }

    /**
     * The lists a task shown may be moved to: those the person may change, of the shown list's owner (a task stays
     * among its owner's lists); in a view, the person's own.
     */
    public List<TaskList> getMoveTargets() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()
                && context.getCurrentPhaseId().getOrdinal() < PhaseId.UPDATE_MODEL_VALUES.getOrdinal()) {
            // A posted choice is checked before the view parameters name the list shown: any list the person may
            // change is a valid choice then (Tasks checks the move itself), and the list shown is not looked up
            // before it is known.
            return getLists().stream().filter(TaskList::isChangeable).toList();
        }
        Long owner = view == null ? getCurrentList().getOwnerId() : Long.valueOf(account.id());
        return getLists().stream()
                .filter(list -> list.isChangeable() && list.getOwnerId().equals(owner))
                .toList();
    }

    public boolean isManualOrder() {
        return view == null && getCurrentList().getSort() == TaskSort.POSITION;
    }

    /** The sorts a list offers, for "Sort by". */
    public TaskSort[] getSorts() {
        return TaskSort.values();
    }

    /** The list's sort, as "Sort by" shows and posts it. */
    public TaskSort getSort() {
        return view == null ? getCurrentList().getSort() : null;
    }

    /** Sorts the list as chosen and keeps it so (O1); posted with the list's other fields. */
    public void setSort(TaskSort sort) {
        this.chosenSort = sort;
    }

    public String sortList() {
        try {
            TaskList wanted = new TaskList(getCurrentList().getName());
            wanted.setPosition(getCurrentList().getPosition());
            wanted.setSort(chosenSort == null ? TaskSort.POSITION : chosenSort);
            lists.change(account.id(), getCurrentList().getId(), wanted, null);
            return changed(url(null));
        } catch (ListNotFoundException e) {
            error("list.gone");
        }
        return null;
    }

    /**
     * The task being edited as its form shows it: what was posted, else what is stored. Before the view parameters
     * name it (Faces asks an input's type and old value first), and when it is gone, an empty task.
     */
    public Task getEditing() {
        if (editing == null && editId != null) {
            try {
                Task stored = tasks.find(account.id(), editId);
                editing = Tasks.copyOf(stored);
                editingVersion = stored.getVersion();
            } catch (TaskNotFoundException e) {
                error("task.gone");
                editId = null;
            }
        }
        return editing == null ? new Task() : editing;
    }

    /** Whether the task named is there to edit. */
    public boolean isEditable() {
        getEditing();
        return editing != null;
    }

    /** The version of the task being edited, as stored when the form was drawn. */
    public Long getEditingVersion() {
        getEditing();
        return version != null ? version : editingVersion;
    }

    public String save() {
        if (!isEditable()) {
            return null;
        }
        try {
            tasks.change(account.id(), editId, getEditing(), version);
            return changed(url(null));
        } catch (ConstraintViolationException e) {
            violationMessages.show(e);
            return null;
        } catch (OptimisticLockException e) {
            // The form shows what is stored now, with its version.
            editing = null;
            version = null;
            return failed(e);
        } catch (TaskNotFoundException e) {
            editId = null;
            editing = null;
            return failed(e);
        } catch (ListNotFoundException e) {
            error("list.gone");
            return null;
        } catch (ListReadOnlyException e) {
            error("list.read-only");
            return null;
        }
    }

    public String clearDone() {
        return act(() -> tasks.clearDone(account.id(), getScope()));
    }

    // Bulk actions (B1, B2) on the rows ticked "Select", or on every row shown with "Select all".

    public String bulkDone() {
        return bulk(task -> {
            task.setDone(true);
            return task;
        });
    }

    public String bulkPending() {
        return bulk(task -> {
            task.setDone(false);
            return task;
        });
    }

    public String bulkMove() {
        if (bulkListId == null) {
            error("list.gone");
            return null;
        }
        return bulk(task -> {
            task.setListId(bulkListId);
            return task;
        });
    }

    /** An empty date clears the due date (and its time, which needs one). */
    public String bulkDue() {
        return bulk(task -> {
            task.setDueDate(bulkDue);
            if (bulkDue == null) {
                task.setDueTime(null);
            }
            return task;
        });
    }

    /** Asks once more, naming how many (B1); the question carries the selection to the confirming post. */
    public String bulkDeleteAsk() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            error("bulk.none");
        } else {
            confirming = ids;
        }
        return null;
    }

    public String bulkDelete() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            error("bulk.none");
            return null;
        }
        return act(() -> tasks.deleteAll(account.id(), ids));
    }

    /** "Mark all as done": every pending task of the list or view shown, on every page (B2). */
    public String markAllDone() {
        return act(() -> tasks.markAllDone(account.id(), getScope()));
    }

    private String bulk(UnaryOperator<Task> change) {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            error("bulk.none");
            return null;
        }
        try {
            return act(() -> tasks.changeAll(account.id(), ids, change));
        } catch (ConstraintViolationException e) {
            violationMessages.show(e);
        } catch (ListNotFoundException e) {
            error("list.gone");
        }
        return null;
    }

    /** The rows ticked, or every row shown with "Select all"; ids that are none are left out (T7). */
    private List<Long> selectedIds() {
        if (selectAll) {
            return getListing().tasks().stream().map(Task::getId).toList();
        }
        String[] selected = parameterValues.get("selected");
        return selected == null
                ? List.of()
                : Arrays.stream(selected)
                        .map(RequestNumbers::id)
                        .filter(Objects::nonNull)
                        .distinct()
                        .limit(Tasks.MAX_PAGE_SIZE)
                        .toList();
    }

    /** "Delete 3 selected tasks?", while asking. */
    public String getBulkDeleteQuestion() {
        return format(confirming.size() == 1 ? "bulk.delete.question.one" : "bulk.delete.question", confirming.size());
    }

    public List<Long> getConfirming() {
        return confirming;
    }

    public String getConfirmDelete() {
        return confirmDelete;
    }

    /** The answer to "Delete the N selected tasks?", posted by its button. */
    public void setConfirmDelete(String confirmDelete) {
        this.confirmDelete = confirmDelete;
    }

    public boolean isSelectAll() {
        return selectAll;
    }

    public void setSelectAll(boolean selectAll) {
        this.selectAll = selectAll;
    }

    public Long getBulkListId() {
        return bulkListId;
    }

    public void setBulkListId(Long bulkListId) {
        this.bulkListId = bulkListId;
    }

    public LocalDate getBulkDue() {
        return bulkDue;
    }

    public void setBulkDue(LocalDate bulkDue) {
        this.bulkDue = bulkDue;
    }

    public String createList() {
        try {
            TaskList created = lists.create(account.id(), new TaskList(newListName));
            return changed(listUrl(created));
        } catch (ConstraintViolationException e) {
            violationMessages.show(e);
        } catch (ListRefusedException e) {
            refused(e);
        }
        return null;
    }

    public String renameList() {
        try {
            TaskList wanted = new TaskList(listName);
            wanted.setPosition(getCurrentList().getPosition());
            wanted.setSort(getCurrentList().getSort());
            lists.change(account.id(), getCurrentList().getId(), wanted, null);
            return changed(url(null));
        } catch (ConstraintViolationException e) {
            violationMessages.show(e);
        } catch (ListNotFoundException e) {
            error("list.gone");
        }
        return null;
    }

    public String deleteList() {
        try {
            lists.delete(account.id(), getCurrentList().getId());
            return changed(request.getContextPath() + "/");
        } catch (ListRefusedException e) {
            refused(e);
        } catch (ListNotFoundException e) {
            error("list.gone");
        }
        return null;
    }

    private String act(Runnable change) {
        try {
            change.run();
            return changed(url(null));
        } catch (TaskNotFoundException | OptimisticLockException e) {
            return failed(e);
        } catch (ListReadOnlyException e) {
            error("list.read-only");
            return null;
        }
    }

    private String failed(RuntimeException e) {
        error(e instanceof TaskNotFoundException ? "task.gone" : "task.conflict");
        listing = null;
        return null;
    }

    /**
     * After a change: an Ajax request re-renders in place; a plain form post is answered with a redirect, so that
     * reloading the page never posts again.
     */
    private String changed(String location) {
        FacesContext context = FacesContext.getCurrentInstance();
        listing = null;
        allLists = null;
        selectAll = false; // a done bulk action leaves nothing selected
        if (context.getPartialViewContext().isAjaxRequest()) {
            return null;
        }
        try {
            context.getExternalContext().redirect(location);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    // Texts.

    /** The priorities, for the edit form's choice, each with its name in the page's language. */
    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String priorityName(Priority priority) {
        return bundle().getString("priority." + priority.param());
    }

    private void error(String key, Object... arguments) {
        String text = format(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private void refused(ListRefusedException e) {
        String text = e.text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(
                        bundle().getString(key),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(arguments);
    }

    static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    // Bound by the view parameters and the forms.

    public Long getListId() {
        return listId;
    }

    public void setListId(Long listId) {
        this.listId = listId;
        forgetWhere();
    }

    /**
     * Faces asks for some values (an input's old value) before the view parameters are bound: whatever was looked up
     * then is looked up again for what the request names.
     */
    private void forgetWhere() {
        currentList = null;
        scope = null;
        listing = null;
        today = null;
    }

    public String getView() {
        return view;
    }

    /** A view across the lists: today, upcoming, or search (which a query, bound after, makes it). */
    public void setView(String view) {
        this.view = query == null ? view : "search";
        forgetWhere();
    }

    public String getQuery() {
        return query;
    }

    /** A search, when the URL has one: it is the view, whatever else the URL names. */
    public void setQuery(String query) {
        this.query = query;
        if (query != null) {
            view = "search";
        } else if ("search".equals(view)) {
            view = null;
        }
        forgetWhere();
    }

    public TaskFilter getFilter() {
        return filter;
    }

    public void setFilter(TaskFilter filter) {
        this.filter = filter == null ? TaskFilter.ALL : filter;
        forgetWhere();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
        forgetWhere();
    }

    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public TaskRef getMoveUp() {
        return moveUp;
    }

    public void setMoveUp(TaskRef moveUp) {
        this.moveUp = moveUp;
    }

    public TaskRef getMoveDown() {
        return moveDown;
    }

    public void setMoveDown(TaskRef moveDown) {
        this.moveDown = moveDown;
    }

    public TaskRef getDragged() {
        return dragged;
    }

    public void setDragged(TaskRef dragged) {
        this.dragged = dragged;
    }

    public Long getDropBefore() {
        return dropBefore;
    }

    public void setDropBefore(Long dropBefore) {
        this.dropBefore = dropBefore;
    }

    public Long getDropAfter() {
        return dropAfter;
    }

    public void setDropAfter(Long dropAfter) {
        this.dropAfter = dropAfter;
    }

    public TaskRef getMarkDone() {
        return markDone;
    }

    public void setMarkDone(TaskRef markDone) {
        this.markDone = markDone;
    }

    public TaskRef getMarkPending() {
        return markPending;
    }

    public void setMarkPending(TaskRef markPending) {
        this.markPending = markPending;
    }

    public TaskRef getDeletion() {
        return deletion;
    }

    public void setDeletion(TaskRef deletion) {
        this.deletion = deletion;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public Task getNewTask() {
        return newTask;
    }

    public String getNewListName() {
        return newListName;
    }

    public void setNewListName(String newListName) {
        this.newListName = newListName;
    }

    /** The rename field: what was typed, else the list's name. */
    public String getListName() {
        return listName != null || view != null ? listName : nameOf(getCurrentList());
    }

    public void setListName(String listName) {
        this.listName = listName;
    }
}

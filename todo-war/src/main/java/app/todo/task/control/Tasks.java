package app.todo.task.control;

import app.todo.account.entity.Account;
import app.todo.live.entity.Change;
import app.todo.task.entity.ListNotFoundException;
import app.todo.task.entity.ListReadOnlyException;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskFilter;
import app.todo.task.entity.TaskList;
import app.todo.task.entity.TaskListing;
import app.todo.task.entity.TaskMove;
import app.todo.task.entity.TaskNotFoundException;
import app.todo.task.entity.TaskScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;

/**
 * Every change to tasks goes through here, so the page and the API share one set of rules. Each method acts on
 * one account's tasks: another account's task is not found, the same as one that never was.
 */
@ApplicationScoped
@Transactional
public class Tasks {

    public static final int MAX_PAGE_SIZE = 100;

    /**
     * The page counts tasks up to this many and says "1,000+" beyond: counting a table of 100,000 rows would
     * cost more than everything else the page does (bench/RESULTS.md). The API counts exactly.
     */
    public static final long PAGE_COUNT_LIMIT = 1000;

    /** Both counts of a scope in one round trip, each stopping at the limit (LIMIT: PostgreSQL and H2 alike). */
    private static final String CAPPED_COUNTS = "SELECT"
            + " (SELECT COUNT(*) FROM (SELECT 1 FROM task WHERE %1$s LIMIT :cap) counted_done),"
            + " (SELECT COUNT(*) FROM (SELECT 1 FROM task WHERE %2$s LIMIT :cap) counted_pending)";

    /** Room between places (O2): about a second of creation times; 20 halvings before a gap is used up. */
    private static final long GAP = 1L << 20;

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AddRate addRate;

    @Inject
    Lists lists;

    @Inject
    Counts counts;

    @Inject
    Event<Change> changes;

    @Inject
    @ConfigProperty(name = "todo.max-tasks-per-account")
    long maxTasksPerAccount;

    /** The account's view named in a URL: "today" or "upcoming". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskScope view(long owner, String view) {
        return view(em.find(Account.class, owner), view);
    }

    /** The view named in a URL of an account already read (the page's: its today is its time zone's, A13). */
    public TaskScope view(Account owner, String view) {
        return switch (view) {
            case "today" -> new TaskScope.Today(owner.getId(), owner.today());
            case "upcoming" -> new TaskScope.Upcoming(owner.getId(), owner.today());
            default -> throw new IllegalArgumentException("No view " + view);
        };
    }

    /** A page of tasks with exact counts. */
    public TaskListing list(TaskScope scope, TaskFilter filter, int page, int pageSize) {
        return list(scope, filter, page, pageSize, Long.MAX_VALUE);
    }

    /**
     * A page of tasks, each count stopping at {@code countLimit}. In one transaction: its queries share one
     * connection and see one state of the table. The scope is the caller's own (a list found by {@link Lists#find},
     * or a view of its account).
     */
    public TaskListing list(TaskScope scope, TaskFilter filter, int page, int pageSize, long countLimit) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        Query countQuery = em.createNativeQuery(CAPPED_COUNTS.formatted(scope.sql(true), scope.sql(false)));
        scope.parameters().forEach(countQuery::setParameter);
        Object[] counted = (Object[]) countQuery.setParameter("cap", countLimit).getSingleResult();
        long done = ((Number) counted[0]).longValue();
        long pending = ((Number) counted[1]).longValue();
        long matching = filter.done() == null ? done + pending : (filter.done() ? done : pending);
        // Whether the number of matching tasks (the pages) is known, not whether the other count stopped.
        boolean capped = filter.done() == null
                ? done >= countLimit || pending >= countLimit
                : (filter.done() ? done : pending) >= countLimit;
        int lastPage = capped ? Integer.MAX_VALUE : (int) Math.max(1, (matching + size - 1) / size);
        int current = Math.min(Math.max(page, 1), lastPage);
        TypedQuery<Task> query = em.createQuery(
                "select t from Task t where " + scope.jpql(filter.done()) + " order by " + scope.order(), Task.class);
        scope.parameters().forEach(query::setParameter);
        List<Task> tasks = query.setFirstResult((int) Math.min((current - 1L) * size, Integer.MAX_VALUE))
                .setMaxResults(size)
                .getResultList();
        return new TaskListing(tasks, scope, filter, current, size, matching, pending, done, capped);
    }

    /** A task the account may see: of its own lists, or of a list shared with it (H3); else 404 (T5). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Task find(long caller, long id) {
        Task task = em.find(Task.class, id);
        if (task == null
                || !(Long.valueOf(caller).equals(task.getOwnerId())
                        || lists.canEdit(caller, task.getListId()).isPresent())) {
            throw new TaskNotFoundException(id);
        }
        return task;
    }

    /** A task the account may change: its own, or of a list shared with it to edit; view only is 403 (H3). */
    private Task changeable(long caller, long id) {
        Task task = em.find(Task.class, id);
        if (task == null) {
            throw new TaskNotFoundException(id);
        }
        if (Long.valueOf(caller).equals(task.getOwnerId())) {
            return task;
        }
        boolean canEdit = lists.canEdit(caller, task.getListId()).orElseThrow(() -> new TaskNotFoundException(id));
        if (!canEdit) {
            throw new ListReadOnlyException(task.getListId());
        }
        return task;
    }

    /**
     * Adds a task, pending, to the list it names or else the Inbox. Constant cost whatever the account holds: the
     * quota is a count kept on the account's row (T9), which also makes two replicas' adds wait for each other.
     */
    @Counted(name = "todo_tasks_added", absolute = true, description = "Tasks added, from the page or the API")
    public Task add(long owner, Task task) {
        validated(task);
        // Before this transaction takes its connection: the bucket takes one of its own, and an add holding two
        // at once would let a burst of adds empty the pool waiting for their second.
        addRate.take(owner);
        TaskList list = task.getListId() == null ? lists.inbox(owner) : writableList(owner, task.getListId());
        // A task of a shared list is its owner's, and counts toward the owner's quota (H3).
        long listOwner = list.getOwnerId();
        task.addTo(listOwner, list.getId());
        counts.taskAdded(listOwner, maxTasksPerAccount);
        em.persist(task);
        counts.pendingChanged(list.getId(), 1);
        em.flush();
        changes.fire(Change.ofTask(list.getId(), owner, Change.Kind.ADDED, task.getTitle()));
        return task;
    }

    /**
     * Applies everything a person may change, as {@code wanted} holds it (the page's form, the API's patched task):
     * one change, one method, whatever the fields. A missing list keeps the task where it is.
     *
     * @param expectedVersion the version the caller saw, or null to apply the change to whatever is stored
     * @throws OptimisticLockException when the task changed since the caller saw it
     */
    public Task change(long owner, long id, Task wanted, Long expectedVersion) {
        Task task = changeable(owner, id);
        if (expectedVersion != null && expectedVersion != task.getVersion()) {
            throw new OptimisticLockException("Task " + id + " was changed by someone else", null, task);
        }
        long fromList = task.getListId();
        int wasPending = task.isDone() ? 0 : 1;
        boolean wasDone = task.isDone();
        String wasTitle = task.getTitle(); // the old list's people hear of the task as they knew it
        if (wanted.getListId() == null) {
            wanted.setListId(fromList);
        } else if (!Objects.equals(wanted.getListId(), fromList)) {
            listOfSameOwner(owner, wanted.getListId(), task);
        }
        task.takeChangesFrom(wanted);
        validated(task);
        if (task.getListId() != fromList) {
            task.moveTo(task.getListId(), endOf(task.getListId(), id)); // last in the list it goes to (O2)
        }
        int isPending = task.isDone() ? 0 : 1;
        if (task.getListId() == fromList) {
            counts.pendingChanged(fromList, isPending - wasPending);
        } else {
            counts.pendingChanged(fromList, -wasPending);
            counts.pendingChanged(task.getListId(), isPending);
        }
        em.flush();
        Change.Kind kind = task.getListId() != fromList
                ? Change.Kind.MOVED
                : task.isDone() == wasDone
                        ? Change.Kind.EDITED
                        : task.isDone() ? Change.Kind.TICKED : Change.Kind.UNTICKED;
        changes.fire(Change.ofTask(fromList, owner, kind, task.getListId() != fromList ? wasTitle : task.getTitle()));
        if (task.getListId() != fromList) {
            changes.fire(Change.ofTask(task.getListId(), owner, kind, task.getTitle()));
        }
        return task;
    }

    /** Ticks a task done or back, as the person asked (not the opposite of whatever is stored now). */
    public Task setDone(long owner, long id, boolean done, Long expectedVersion) {
        Task wanted = copyOf(changeable(owner, id));
        wanted.setDone(done);
        return change(owner, id, wanted, expectedVersion);
    }

    /**
     * Moves a task just before or after another of the account's tasks (into its list), or to the end of a list (O2).
     * It takes the middle between its new neighbours: one row updated. Only when 20 moves have halved the same gap
     * does a move shift the tasks after it once, to make room.
     */
    public Task move(long owner, long id, TaskMove move, Long expectedVersion) {
        validated(move);
        Task task = changeable(owner, id);
        if (expectedVersion != null && expectedVersion != task.getVersion()) {
            throw new OptimisticLockException("Task " + id + " was changed by someone else", null, task);
        }
        if (move.listId() != null) {
            return placed(owner, task, listOfSameOwner(owner, move.listId(), task), endOf(move.listId(), id));
        }
        boolean before = move.before() != null;
        Task anchor = find(owner, before ? move.before() : move.after());
        if (anchor.getListId().longValue() != task.getListId()) {
            listOfSameOwner(owner, anchor.getListId(), task);
        }
        if (anchor.getId() == id) {
            return task;
        }
        Task other = neighbour(anchor, before, id, null);
        Task earlier = before ? other : anchor;
        Task later = before ? anchor : other;
        return placed(owner, task, anchor.getListId(), between(earlier, later, id));
    }

    /**
     * Moves a task before the one shown above it (up) or after the one shown below it (down), among the tasks its
     * list shows with the filter (O3); at the top or bottom already, nothing changes.
     */
    public Task moveAlong(long owner, long id, boolean up, TaskFilter filter, Long expectedVersion) {
        Task task = changeable(owner, id);
        Task passed = neighbour(task, up, id, filter.done());
        if (passed == null) {
            return task;
        }
        return move(
                owner,
                id,
                up ? new TaskMove(passed.getId(), null, null) : new TaskMove(null, passed.getId(), null),
                expectedVersion);
    }

    private Task placed(long caller, Task task, long list, long position) {
        long fromList = task.getListId();
        task.moveTo(list, position);
        if (list != fromList && !task.isDone()) {
            counts.pendingChanged(fromList, -1);
            counts.pendingChanged(list, 1);
        }
        em.flush();
        changes.fire(Change.ofTask(fromList, caller, Change.Kind.MOVED, task.getTitle()));
        if (list != fromList) {
            changes.fire(Change.ofTask(list, caller, Change.Kind.MOVED, task.getTitle()));
        }
        return task;
    }

    /** A place between two neighbours (either may be absent: the start or end of the list). */
    private long between(Task earlier, Task later, long moving) {
        if (earlier == null) {
            return later.getPosition() - GAP;
        }
        if (later == null) {
            return earlier.getPosition() + GAP;
        }
        if (later.getPosition() - earlier.getPosition() >= 2) {
            return earlier.getPosition() + (later.getPosition() - earlier.getPosition()) / 2;
        }
        // No room left between them: the tasks after the earlier one move down by a gap, in one statement.
        em.createQuery("update Task t set t.position = t.position + :gap where t.listId = :list and t.id <> :moving"
                        + " and (t.position > :position or t.position = :position and t.id > :earlier)")
                .setParameter("gap", GAP)
                .setParameter("list", earlier.getListId())
                .setParameter("moving", moving)
                .setParameter("position", earlier.getPosition())
                .setParameter("earlier", earlier.getId())
                .executeUpdate();
        return earlier.getPosition() + GAP / 2;
    }

    /** The task just before (or after) the anchor in its list's order, leaving out the one moving; null: none. */
    private Task neighbour(Task anchor, boolean before, long moving, Boolean done) {
        String order = before ? "t.position desc, t.id desc" : "t.position, t.id";
        String beyond = before
                ? "(t.position < :position or t.position = :position and t.id < :anchor)"
                : "(t.position > :position or t.position = :position and t.id > :anchor)";
        TypedQuery<Task> query = em.createQuery(
                        "select t from Task t where t.listId = :list and t.id <> :moving and " + beyond
                                + (done == null ? "" : " and t.done = " + done) + " order by " + order,
                        Task.class)
                .setParameter("list", anchor.getListId())
                .setParameter("moving", moving)
                .setParameter("position", anchor.getPosition())
                .setParameter("anchor", anchor.getId())
                .setMaxResults(1);
        return query.getResultStream().findFirst().orElse(null);
    }

    /** A place after every task of the list and after every task created until now (O2). */
    private long endOf(long list, long moving) {
        Long last = em.createQuery(
                        "select max(t.position) from Task t where t.listId = :list and t.id <> :moving", Long.class)
                .setParameter("list", list)
                .setParameter("moving", moving)
                .getSingleResult();
        long now = Task.positionAt(Instant.now());
        return last == null ? now : Math.max(last + 1, now);
    }

    /** A detached copy of what a person may change, for a form or a patch to start from. */
    public static Task copyOf(Task task) {
        Task copy = new Task();
        copy.takeChangesFrom(task);
        return copy;
    }

    public void delete(long owner, long id) {
        Task task = changeable(owner, id);
        changes.fire(Change.ofTask(task.getListId(), owner, Change.Kind.DELETED, task.getTitle()));
        em.remove(task);
        em.flush();
        counts.tasksRemoved(task.getOwnerId(), 1);
        counts.pendingChanged(task.getListId(), task.isDone() ? 0 : -1);
    }

    /** At most this many tasks in one bulk change (B1): the API refuses more; the page selects at most a page. */
    public static final int MAX_BULK = 1000;

    /**
     * Changes each of the account's tasks named as {@code wanted} makes it from a copy of what is stored (B1): all or
     * nothing, in this one transaction. An id that is not the account's changes nothing (T5: 404).
     */
    public List<Task> changeAll(long owner, List<Long> ids, UnaryOperator<Task> wanted) {
        List<Task> found = all(owner, ids);
        listsChanged(owner, found);
        return found.stream()
                .map(task -> change(owner, task.getId(), wanted.apply(copyOf(task)), null))
                .toList();
    }

    /** Deletes each of the account's tasks named (B1): all or nothing, as {@link #changeAll}. */
    public int deleteAll(long owner, List<Long> ids) {
        List<Task> found = all(owner, ids);
        listsChanged(owner, found);
        found.forEach(task -> delete(owner, task.getId()));
        return found.size();
    }

    /**
     * The tasks of these ids the account may change (its own, or of lists shared with it to edit), or
     * TaskNotFoundException naming the first that is not.
     */
    private List<Task> all(long owner, List<Long> ids) {
        List<Task> found = em.createQuery(
                        "select t from Task t where t.id in :ids and (t.ownerId = :owner or t.listId in (select m.listId"
                                + " from ListMember m where m.accountId = :owner and m.canEdit = true))",
                        Task.class)
                .setParameter("owner", owner)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != Set.copyOf(ids).size()) {
            Set<Long> present = found.stream().map(Task::getId).collect(Collectors.toSet());
            throw new TaskNotFoundException(
                    ids.stream().filter(id -> !present.contains(id)).findFirst().orElseThrow());
        }
        return found;
    }

    /**
     * One change of each list the tasks are in, told before any of them changes: a bulk action is announced once a
     * list ("Bob changed the list Groceries"), not once a task (U1).
     */
    private void listsChanged(long owner, List<Task> tasks) {
        tasks.stream().map(Task::getListId).distinct().forEach(list -> changes.fire(Change.ofList(list, owner)));
    }

    /** The lists of the tasks a scope holds, done or pending: the ones an action on all of them changes. */
    private void listsChanged(long owner, TaskScope scope, boolean done) {
        Query lists = em.createNativeQuery("SELECT DISTINCT list_id FROM task WHERE " + scope.sql(done));
        scope.parameters().forEach(lists::setParameter);
        for (Object list : lists.getResultList()) {
            changes.fire(Change.ofList(((Number) list).longValue(), owner));
        }
    }

    /** Marks done every pending task the scope holds, on every page of it (B2: TodoMVC's toggle-all). */
    public int markAllDone(long owner, TaskScope scope) {
        if (scope instanceof TaskScope.InList list) {
            lists.writable(owner, list.listId());
        }
        listsChanged(owner, scope, false);
        Query update =
                em.createNativeQuery("UPDATE task SET done = TRUE, version = version + 1 WHERE " + scope.sql(false));
        scope.parameters().forEach(update::setParameter);
        int marked = update.executeUpdate();
        if (scope instanceof TaskScope.InList list) {
            counts.pendingChanged(list.listId(), -marked);
        } else if (marked > 0) {
            counts.recount(owner); // a view spans lists: each list's count, once
        }
        return marked;
    }

    /** Deletes the done tasks the scope shows. */
    public int clearDone(long owner, TaskScope scope) {
        long listOwner = scope instanceof TaskScope.InList list
                ? lists.writable(owner, list.listId()).getOwnerId()
                : owner;
        listsChanged(owner, scope, true);
        Query delete = em.createNativeQuery("DELETE FROM task WHERE " + scope.sql(true));
        scope.parameters().forEach(delete::setParameter);
        int deleted = delete.executeUpdate();
        counts.tasksRemoved(listOwner, deleted);
        return deleted;
    }

    /** A list the account may add to (its own, or shared to edit), else 400 naming listId, or 403 (view only). */
    private TaskList writableList(long caller, long list) {
        try {
            return lists.writable(caller, list);
        } catch (ListNotFoundException e) {
            throw new ListNotFoundException(list, true);
        }
    }

    /**
     * A list a task may move to: one the account may change, of the task's owner (a task stays in its owner's lists,
     * whose quota it counts toward), else 400 naming listId.
     */
    private long listOfSameOwner(long caller, long list, Task task) {
        TaskList target = writableList(caller, list);
        if (!target.getOwnerId().equals(task.getOwnerId())) {
            throw new ListNotFoundException(list, true);
        }
        return target.getId();
    }

    /** A task, or where one goes, checked against its rules; violations are thrown, to be answered as 400. */
    private <T> T validated(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}

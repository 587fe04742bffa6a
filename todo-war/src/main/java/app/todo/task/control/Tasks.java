package app.todo.task.control;

import app.todo.account.entity.Account;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskFilter;
import app.todo.task.entity.TaskListing;
import app.todo.task.entity.TaskNotFoundException;
import app.todo.task.entity.TaskQuotaExceededException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
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

    /** Both counts in one round trip, each stopping at the limit (LIMIT: PostgreSQL and H2 alike). */
    private static final String CAPPED_COUNTS = "SELECT"
            + " (SELECT COUNT(*) FROM (SELECT 1 FROM task WHERE owner_id = ?2 AND done = TRUE LIMIT ?1) counted_done),"
            + " (SELECT COUNT(*) FROM (SELECT 1 FROM task WHERE owner_id = ?2 AND done = FALSE LIMIT ?1) counted_pending)";

    private static final String CAPPED_TOTAL =
            "SELECT COUNT(*) FROM (SELECT 1 FROM task WHERE owner_id = ?2 LIMIT ?1) counted";

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AddRate addRate;

    @Inject
    @ConfigProperty(name = "todo.max-tasks-per-account")
    long maxTasksPerAccount;

    /** A page of tasks with exact counts. */
    public TaskListing list(long owner, TaskFilter filter, int page, int pageSize) {
        return list(owner, filter, page, pageSize, Long.MAX_VALUE);
    }

    /**
     * A page of tasks, each count stopping at {@code countLimit}. In one transaction: its queries share one
     * connection and see one state of the table.
     */
    public TaskListing list(long owner, TaskFilter filter, int page, int pageSize, long countLimit) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        Object[] counts = (Object[]) em.createNativeQuery(CAPPED_COUNTS)
                .setParameter(1, countLimit)
                .setParameter(2, owner)
                .getSingleResult();
        long done = ((Number) counts[0]).longValue();
        long pending = ((Number) counts[1]).longValue();
        long matching = filter.done() == null ? done + pending : (filter.done() ? done : pending);
        // Whether the number of matching tasks (the pages) is known, not whether the other count stopped.
        boolean capped = filter.done() == null
                ? done >= countLimit || pending >= countLimit
                : (filter.done() ? done : pending) >= countLimit;
        int lastPage = capped ? Integer.MAX_VALUE : (int) Math.max(1, (matching + size - 1) / size);
        int current = Math.min(Math.max(page, 1), lastPage);
        TypedQuery<Task> query = filter.done() == null
                ? em.createQuery("select t from Task t where t.ownerId = :owner order by t.createdAt, t.id", Task.class)
                : em.createQuery(
                                "select t from Task t where t.ownerId = :owner and t.done = :done"
                                        + " order by t.createdAt, t.id",
                                Task.class)
                        .setParameter("done", filter.done());
        query.setParameter("owner", owner);
        List<Task> tasks = query.setFirstResult((int) Math.min((current - 1L) * size, Integer.MAX_VALUE))
                .setMaxResults(size)
                .getResultList();
        return new TaskListing(tasks, filter, current, size, matching, pending, done, capped);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Task find(long owner, long id) {
        Task task = em.find(Task.class, id);
        if (task == null || !Long.valueOf(owner).equals(task.getOwnerId())) {
            throw new TaskNotFoundException(id);
        }
        return task;
    }

    @Counted(name = "todo_tasks_added", absolute = true, description = "Tasks added, from the page or the API")
    public Task add(long owner, String title) {
        Task task = validated(new Task(owner, title));
        addRate.take(owner);
        // One add at a time per account (its row locked), so that the bound holds under concurrent adds.
        em.find(Account.class, owner, LockModeType.PESSIMISTIC_WRITE);
        long held = ((Number) em.createNativeQuery(CAPPED_TOTAL)
                        .setParameter(1, maxTasksPerAccount)
                        .setParameter(2, owner)
                        .getSingleResult())
                .longValue();
        if (held >= maxTasksPerAccount) {
            throw new TaskQuotaExceededException(maxTasksPerAccount);
        }
        em.persist(task);
        em.flush();
        return task;
    }

    /**
     * Applies the changes that are given (null means unchanged).
     *
     * @param expectedVersion the version the caller saw, or null to apply the change to whatever is stored
     * @throws OptimisticLockException when the task changed since the caller saw it
     */
    public Task update(long owner, long id, String title, Boolean done, Long expectedVersion) {
        Task task = find(owner, id);
        if (expectedVersion != null && expectedVersion != task.getVersion()) {
            throw new OptimisticLockException("Task " + id + " was changed by someone else", null, task);
        }
        if (title != null) {
            task.setTitle(title);
            validated(task);
        }
        if (done != null) {
            task.setDone(done);
        }
        em.flush();
        return task;
    }

    public void delete(long owner, long id) {
        Task task = find(owner, id);
        em.remove(task);
        em.flush();
    }

    public int clearDone(long owner) {
        return em.createQuery("delete from Task t where t.ownerId = :owner and t.done = true")
                .setParameter("owner", owner)
                .executeUpdate();
    }

    private Task validated(Task task) {
        Set<ConstraintViolation<Task>> violations = validator.validate(task);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return task;
    }
}

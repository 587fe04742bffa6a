package app.todo.task.control;

import app.todo.task.entity.Task;
import app.todo.task.entity.TaskFilter;
import app.todo.task.entity.TaskListing;
import app.todo.task.entity.TaskNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.metrics.annotation.Counted;

/** Every change to tasks goes through here, so the page and the API share one set of rules. */
@ApplicationScoped
@Transactional
public class Tasks {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Validator validator;

    /** In one transaction: its three queries share one connection and see one state of the table. */
    public TaskListing list(TaskFilter filter, int page, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        long done = count(Boolean.TRUE);
        long pending = count(Boolean.FALSE);
        long matching = filter.done() == null ? done + pending : (filter.done() ? done : pending);
        int lastPage = (int) Math.max(1, (matching + size - 1) / size);
        int current = Math.min(Math.max(page, 1), lastPage);
        TypedQuery<Task> query = filter.done() == null
                ? em.createQuery("select t from Task t order by t.createdAt, t.id", Task.class)
                : em.createQuery("select t from Task t where t.done = :done order by t.createdAt, t.id", Task.class)
                        .setParameter("done", filter.done());
        List<Task> tasks = query.setFirstResult((current - 1) * size).setMaxResults(size).getResultList();
        return new TaskListing(tasks, filter, current, size, matching, pending, done);
    }

    private long count(boolean done) {
        return em.createQuery("select count(t) from Task t where t.done = :done", Long.class)
                .setParameter("done", done)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Task find(long id) {
        Task task = em.find(Task.class, id);
        if (task == null) {
            throw new TaskNotFoundException(id);
        }
        return task;
    }

    @Counted(name = "todo_tasks_added", absolute = true, description = "Tasks added, from the page or the API")
    public Task add(String title) {
        Task task = validated(new Task(title));
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
    public Task update(long id, String title, Boolean done, Long expectedVersion) {
        Task task = find(id);
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

    public void delete(long id) {
        Task task = find(id);
        em.remove(task);
        em.flush();
    }

    public int clearDone() {
        return em.createQuery("delete from Task t where t.done = true").executeUpdate();
    }

    private Task validated(Task task) {
        Set<ConstraintViolation<Task>> violations = validator.validate(task);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return task;
    }
}

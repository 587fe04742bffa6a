package app.todo.task.control;

import app.todo.task.entity.TaskQuotaExceededException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The counts kept where tasks change, so that neither an add nor a page counts rows: the account's tasks (T9, the
 * quota) and each list's pending tasks (L4). Each change is one atomic UPDATE in the caller's transaction: two
 * replicas adding at once wait on the account's row, and a change that rolls back takes its count back with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Counts {

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    /**
     * Counts one more task, unless the account holds its most already.
     *
     * @throws TaskQuotaExceededException when it does; nothing is counted
     */
    public void taskAdded(long owner, long max) {
        int counted = em.createNativeQuery(
                        "UPDATE account SET task_count = task_count + 1 WHERE id = ?1 AND task_count < ?2")
                .setParameter(1, owner)
                .setParameter(2, max)
                .executeUpdate();
        if (counted == 0) {
            throw new TaskQuotaExceededException(max);
        }
    }

    /** Counts that many more tasks (an import), unless the account would pass its most; @return whether counted */
    public boolean tasksAdded(long owner, int added, long max) {
        return em.createNativeQuery(
                                "UPDATE account SET task_count = task_count + ?1 WHERE id = ?2 AND task_count + ?1 <= ?3")
                        .setParameter(1, added)
                        .setParameter(2, owner)
                        .setParameter(3, max)
                        .executeUpdate()
                > 0;
    }

    public void tasksRemoved(long owner, int removed) {
        if (removed > 0) {
            em.createNativeQuery("UPDATE account SET task_count = task_count - ?1 WHERE id = ?2")
                    .setParameter(1, removed)
                    .setParameter(2, owner)
                    .executeUpdate();
        }
    }

    /** A list gained (1) or lost (-1) a pending task. */
    public void pendingChanged(long list, int change) {
        if (change != 0) {
            em.createNativeQuery("UPDATE task_list SET open_count = open_count + ?1 WHERE id = ?2")
                    .setParameter(1, change)
                    .setParameter(2, list)
                    .executeUpdate();
        }
    }

    /** Holds the account's row until the transaction ends: changes to its lists happen one at a time. */
    public void lockAccount(long owner) {
        em.createNativeQuery("UPDATE account SET task_count = task_count WHERE id = ?1")
                .setParameter(1, owner)
                .executeUpdate();
    }

    /** Counts again from the rows, after tasks changed hands in bulk. */
    public void recount(long owner) {
        em.createNativeQuery("UPDATE task_list SET open_count = (SELECT COUNT(*) FROM task t"
                        + " WHERE t.list_id = task_list.id AND t.done = FALSE) WHERE owner_id = ?1")
                .setParameter(1, owner)
                .executeUpdate();
        em.createNativeQuery("UPDATE account SET task_count = (SELECT COUNT(*) FROM task t WHERE t.owner_id = ?1)"
                        + " WHERE id = ?1")
                .setParameter(1, owner)
                .executeUpdate();
    }
}

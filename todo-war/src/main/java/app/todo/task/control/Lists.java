package app.todo.task.control;

import app.todo.account.entity.Account;
import app.todo.account.entity.AccountCreated;
import app.todo.live.entity.Change;
import app.todo.sharing.entity.NotListOwnerException;
import app.todo.task.entity.ListNotFoundException;
import app.todo.task.entity.ListReadOnlyException;
import app.todo.task.entity.ListRefusedException;
import app.todo.task.entity.TaskList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** An account's lists: the Inbox it starts with, the ones it creates, renames, orders and deletes. */
@ApplicationScoped
@Transactional
public class Lists {

    /** The most lists one account may have (L3): the navigation shows them all on every page. */
    public static final int MAX_LISTS_PER_ACCOUNT = 200;

    private static final Logger LOG = Logger.getLogger(Lists.class.getName());

    /**
     * Tasks stored before accounts existed belong to nobody; the first account (the lowest id) receives them, in its
     * Inbox. Should two first accounts be created at once, the row locks let only one of them take the tasks.
     */
    private static final String HAND_OVER_TASKS_WITHOUT_OWNER = "UPDATE task SET owner_id = ?1, list_id = ?2"
            + " WHERE owner_id IS NULL AND ?1 = (SELECT MIN(id) FROM account)";

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Counts counts;

    @Inject
    Event<Change> changes;

    /** Every account starts with its Inbox (L1). */
    void created(@Observes AccountCreated created) {
        long owner = created.accountId();
        TaskList inbox = TaskList.inboxOf(owner);
        em.persist(inbox);
        em.flush();
        int handedOver = em.createNativeQuery(HAND_OVER_TASKS_WITHOUT_OWNER)
                .setParameter(1, owner)
                .setParameter(2, inbox.getId())
                .executeUpdate();
        if (handedOver > 0) {
            counts.recount(owner);
            LOG.info(() ->
                    handedOver + " tasks stored before accounts existed now belong to the first account, id " + owner);
        }
    }

    /** The account's lists, in their order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskList> all(long owner) {
        return em.createQuery(
                        "select l from TaskList l where l.ownerId = :owner order by l.position, l.id", TaskList.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    /**
     * The account's own list, to rename, sort, delete or share, or 404 (L2): another's is not found, the same as one
     * that never was; a list shared with the account is 403 (H4: only its owner changes the list itself).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskList find(long owner, long id) {
        TaskList list = em.find(TaskList.class, id);
        if (list == null || !list.getOwnerId().equals(owner)) {
            if (list != null && canEdit(owner, id).isPresent()) {
                throw new NotListOwnerException(id);
            }
            throw new ListNotFoundException(id, false);
        }
        return list;
    }

    /** The account's own lists, then those shared with it (H2), each marked with its owner and the caller's role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskList> visible(long caller) {
        List<TaskList> visible = new ArrayList<>(all(caller));
        em.createQuery(
                        "select l, a.name, m.canEdit from TaskList l, ListMember m, Account a"
                                + " where m.listId = l.id and a.id = l.ownerId and m.accountId = :caller"
                                + " order by l.name, l.id",
                        Object[].class)
                .setParameter("caller", caller)
                .getResultStream()
                .forEach(row -> {
                    TaskList shared = (TaskList) row[0];
                    shared.sharedBy((String) row[1], (Boolean) row[2]);
                    visible.add(shared);
                });
        return visible;
    }

    /** A list the account may see, its own or shared with it (marked so), or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskList readable(long caller, long id) {
        TaskList list = em.find(TaskList.class, id);
        if (list == null) {
            throw new ListNotFoundException(id, false);
        }
        if (list.getOwnerId().equals(caller)) {
            return list;
        }
        Optional<Boolean> canEdit = canEdit(caller, id);
        if (canEdit.isEmpty()) {
            throw new ListNotFoundException(id, false);
        }
        list.sharedBy(em.find(Account.class, list.getOwnerId()).getName(), canEdit.get());
        return list;
    }

    /** A list whose tasks the account may change (its own, or shared to edit), else 404, or 403 when view only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskList writable(long caller, long id) {
        TaskList list = readable(caller, id);
        if (!list.isChangeable()) {
            throw new ListReadOnlyException(id);
        }
        return list;
    }

    /** Whether a member of the list may edit it; empty when the account is no member (H3). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Boolean> canEdit(long accountId, long listId) {
        return em.createQuery(
                        "select m.canEdit from ListMember m where m.listId = :list and m.accountId = :account",
                        Boolean.class)
                .setParameter("list", listId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskList inbox(long owner) {
        return em.createQuery("select l from TaskList l where l.ownerId = :owner and l.inbox = true", TaskList.class)
                .setParameter("owner", owner)
                .getSingleResult();
    }

    /** A new list, last in the order; lists of one account are created one at a time, so the bound holds (L3). */
    public TaskList create(long owner, TaskList wanted) {
        TaskList list = new TaskList(wanted.getName());
        validated(list);
        counts.lockAccount(owner);
        Object[] held = (Object[]) em.createQuery(
                        "select count(l), coalesce(max(l.position), -1) from TaskList l where l.ownerId = :owner",
                        Object[].class)
                .setParameter("owner", owner)
                .getSingleResult();
        if (((Number) held[0]).longValue() >= MAX_LISTS_PER_ACCOUNT) {
            throw new ListRefusedException("list.quota", MAX_LISTS_PER_ACCOUNT);
        }
        list.addTo(owner, ((Number) held[1]).intValue() + 1);
        em.persist(list);
        em.flush();
        changes.fire(Change.ofList(list.getId(), owner));
        return list;
    }

    /**
     * Renames or moves a list, as the person sent it.
     *
     * @param expectedVersion the version the caller saw, or null
     * @throws OptimisticLockException when the list changed since the caller saw it
     */
    public TaskList change(long owner, long id, TaskList wanted, Long expectedVersion) {
        TaskList list = find(owner, id);
        if (expectedVersion != null && expectedVersion != list.getVersion()) {
            throw new OptimisticLockException("List " + id + " was changed by someone else", null, list);
        }
        list.takeChangesFrom(wanted);
        validated(list);
        em.flush();
        changes.fire(Change.ofList(id, owner));
        return list;
    }

    /**
     * Deletes a list and its tasks; the Inbox stays (L1).
     *
     * @return how many tasks went with it
     */
    public int delete(long owner, long id) {
        TaskList list = find(owner, id);
        if (list.isInbox()) {
            throw new ListRefusedException("list.inbox-kept");
        }
        changes.fire(Change.ofList(id, owner)); // before: who sees it now hears of it
        int deleted = em.createQuery("delete from Task t where t.listId = :list")
                .setParameter("list", id)
                .executeUpdate();
        counts.tasksRemoved(owner, deleted);
        em.remove(list);
        em.flush();
        return deleted;
    }

    private void validated(TaskList list) {
        Set<ConstraintViolation<TaskList>> violations = validator.validate(list);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}

package app.todo.sharing.control;

import app.todo.account.entity.Account;
import app.todo.live.entity.Change;
import app.todo.sharing.entity.Invitation;
import app.todo.sharing.entity.ListInvitation;
import app.todo.sharing.entity.ListMember;
import app.todo.sharing.entity.ListPeople;
import app.todo.sharing.entity.ListRole;
import app.todo.sharing.entity.NotListOwnerException;
import app.todo.sharing.entity.SharingRefusedException;
import app.todo.task.control.Lists;
import app.todo.task.entity.ListNotFoundException;
import app.todo.task.entity.TaskList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Who shares which list (H1–H6): invitations by user name, accepting and declining them, roles, removing and
 * leaving. Only a list's owner shares it; the Inbox is nobody's but its owner's.
 */
@ApplicationScoped
@Transactional
public class Sharing {

    /** Members and open invitations of one list together. */
    public static final int MAX_PEOPLE = 50;

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    /** Who sees a list changes with its people: their pages learn of it (U3). */
    @Inject
    Event<Change> changes;

    /** Who may see or change a list: one place (the lists' own). */
    @Inject
    Lists lists;

    /**
     * Invites a user name to a list, or changes the role it is offered or has. The answer is the same whether or not
     * an account has that name (H1): the invitation waits for whoever has or takes it.
     */
    public void invite(long owner, long listId, String name, ListRole role) {
        TaskList list = owned(owner, listId, true);
        if (list.isInbox()) {
            throw new SharingRefusedException("sharing.inbox");
        }
        if (!Account.isValidName(name)) {
            throw new SharingRefusedException("sharing.name", Account.NAME_MIN_LENGTH, Account.NAME_MAX_LENGTH);
        }
        String key = Account.key(name);
        Account self = em.find(Account.class, owner);
        if (self.getNameKey().equals(key)) {
            throw new SharingRefusedException("sharing.self");
        }
        Optional<ListMember> member = memberNamed(listId, key);
        if (member.isPresent()) {
            member.get().setRole(role);
            changes.fire(Change.ofList(listId, owner));
            return;
        }
        Optional<ListInvitation> invited = invitationNamed(listId, key);
        if (invited.isPresent()) {
            invited.get().setRole(role);
            return;
        }
        long people = em.createQuery("select count(m) from ListMember m where m.listId = :list", Long.class)
                        .setParameter("list", listId)
                        .getSingleResult()
                + em.createQuery("select count(i) from ListInvitation i where i.listId = :list", Long.class)
                        .setParameter("list", listId)
                        .getSingleResult();
        if (people >= MAX_PEOPLE) {
            throw new SharingRefusedException("sharing.full", MAX_PEOPLE);
        }
        em.persist(new ListInvitation(listId, name, role));
    }

    /** The list's owner, members and open invitations, for its owner and its members (others: 404). */
    public ListPeople people(long caller, long listId) {
        TaskList list = lists.readable(caller, listId);
        String owner = em.find(Account.class, list.getOwnerId()).getName();
        List<ListPeople.Person> members = em.createQuery(
                        "select m, a.name from ListMember m, Account a where a.id = m.accountId and m.listId = :list"
                                + " order by a.nameKey",
                        Object[].class)
                .setParameter("list", listId)
                .getResultStream()
                .map(row -> new ListPeople.Person((String) row[1], ((ListMember) row[0]).getRole()))
                .toList();
        List<ListPeople.Person> invited = em.createQuery(
                        "select i from ListInvitation i where i.listId = :list order by i.nameKey",
                        ListInvitation.class)
                .setParameter("list", listId)
                .getResultStream()
                .map(invitation -> new ListPeople.Person(invitation.getName(), invitation.getRole()))
                .toList();
        return new ListPeople(owner, members, invited);
    }

    /** The invitations waiting for the account's name, newest first. */
    public List<Invitation> invitations(long accountId) {
        return em.createQuery(
                        "select i, l.name, o.name from ListInvitation i, TaskList l, Account o, Account self"
                                + " where l.id = i.listId and o.id = l.ownerId and self.id = :account"
                                + " and i.nameKey = self.nameKey order by i.invitedAt desc, i.id desc",
                        Object[].class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(row -> {
                    ListInvitation invitation = (ListInvitation) row[0];
                    return new Invitation(
                            invitation.getListId(),
                            (String) row[1],
                            (String) row[2],
                            invitation.getRole(),
                            invitation.getInvitedAt());
                })
                .toList();
    }

    /** Accepts the invitation to that list waiting for the account's name; 404 when there is none. */
    public void accept(long accountId, long listId) {
        ListInvitation invitation = invitationFor(accountId, listId);
        em.persist(new ListMember(listId, accountId, invitation.getRole()));
        em.remove(invitation);
        em.flush();
        changes.fire(Change.ofList(listId, accountId));
    }

    public void decline(long accountId, long listId) {
        em.remove(invitationFor(accountId, listId));
    }

    /** The owner changes what a member may do, or what an invitation offers. */
    public void changeRole(long owner, long listId, String name, ListRole role) {
        owned(owner, listId, false);
        String key = Account.key(name);
        Optional<ListMember> member = memberNamed(listId, key);
        if (member.isPresent()) {
            member.get().setRole(role);
            changes.fire(Change.ofList(listId, owner));
            return;
        }
        invitationNamed(listId, key)
                .orElseThrow(() -> new ListNotFoundException(listId, false))
                .setRole(role);
    }

    /**
     * The owner removes a member or withdraws an invitation; a member removes themselves (leaves the list, H5).
     * Anyone else, or any other name: 404 or 403.
     */
    public void remove(long caller, long listId, String name) {
        String key = Account.key(name);
        TaskList list = em.find(TaskList.class, listId);
        if (list == null) {
            throw new ListNotFoundException(listId, false);
        }
        if (list.getOwnerId() != caller) {
            Optional<ListMember> self = member(caller, listId);
            if (self.isEmpty()) {
                throw new ListNotFoundException(listId, false);
            }
            if (!em.find(Account.class, caller).getNameKey().equals(key)) {
                throw new NotListOwnerException(listId);
            }
            changes.fire(Change.ofList(listId, caller)); // before: the one leaving hears of it too
            em.remove(self.get());
            return;
        }
        Optional<ListMember> member = memberNamed(listId, key);
        if (member.isPresent()) {
            changes.fire(Change.ofList(listId, caller)); // before: the one removed hears of it too
            em.remove(member.get());
            return;
        }
        em.remove(invitationNamed(listId, key).orElseThrow(() -> new ListNotFoundException(listId, false)));
    }

    private Optional<ListMember> member(long accountId, long listId) {
        return em.createQuery(
                        "select m from ListMember m where m.listId = :list and m.accountId = :account",
                        ListMember.class)
                .setParameter("list", listId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    private Optional<ListMember> memberNamed(long listId, String key) {
        return em.createQuery(
                        "select m from ListMember m, Account a where a.id = m.accountId and m.listId = :list"
                                + " and a.nameKey = :key",
                        ListMember.class)
                .setParameter("list", listId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private Optional<ListInvitation> invitationNamed(long listId, String key) {
        return em.createQuery(
                        "select i from ListInvitation i where i.listId = :list and i.nameKey = :key",
                        ListInvitation.class)
                .setParameter("list", listId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private ListInvitation invitationFor(long accountId, long listId) {
        return invitationNamed(listId, em.find(Account.class, accountId).getNameKey())
                .orElseThrow(() -> new ListNotFoundException(listId, false));
    }

    /**
     * The caller's own list: a stranger's is 404 (as one that never was), a member's 403 (H4).
     *
     * @param lock whether to hold the list's row until the transaction ends, so that two invitations at once
     *     cannot pass the bound together
     */
    private TaskList owned(long caller, long listId, boolean lock) {
        TaskList list = lists.find(caller, listId);
        if (lock) {
            em.lock(list, LockModeType.PESSIMISTIC_WRITE);
        }
        return list;
    }
}

package app.todo.live.control;

import app.todo.account.entity.Account;
import app.todo.live.entity.Change;
import app.todo.live.entity.Pulse;
import app.todo.storage.control.DatabaseVendor;
import app.todo.task.entity.TaskList;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a change, inside the transaction that makes it, into a pulse for everyone who sees the list (U1): the other
 * replicas hear it through PostgreSQL ({@code NOTIFY}, which is delivered when, and only if, the transaction
 * commits), this replica's own pages once it has committed. The embedded H2 database is one process's: its pages
 * are all here.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The channel of {@code LISTEN} and {@code NOTIFY}. */
    static final String CHANNEL = "todo_changes";

    /** This replica, so that it does not tell its own pages twice. */
    static final String REPLICA = UUID.randomUUID().toString();

    /** A NOTIFY payload holds at most 8000 bytes; a title is announced by its start. */
    private static final int SUBJECT_CHARS = 120;

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<Pulse> pulses;

    @Inject
    @ConfigProperty(name = "todo.db.url")
    String databaseUrl;

    void changed(@Observes Change change) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || !firstOfItsList(change)) {
            return;
        }
        TaskList list = em.find(TaskList.class, change.listId());
        Account actor = em.find(Account.class, change.actorId());
        if (list == null || actor == null) {
            return;
        }
        List<Long> audience = new ArrayList<>();
        audience.add(list.getOwnerId());
        audience.addAll(em.createQuery("select m.accountId from ListMember m where m.listId = :list", Long.class)
                .setParameter("list", list.getId())
                .getResultList());
        Pulse pulse = new Pulse(
                REPLICA,
                list.getId(),
                list.getName(),
                actor.getId(),
                actor.getName(),
                change.kind(),
                cut(change.subject()),
                audience);
        if (DatabaseVendor.of(databaseUrl) == DatabaseVendor.POSTGRESQL) {
            em.createNativeQuery("SELECT count(*) FROM pg_notify(?1, ?2)")
                    .setParameter(1, CHANNEL)
                    .setParameter(2, JSON.toJson(pulse))
                    .getSingleResult();
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing: only a committed change is told.
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    pulses.fire(pulse);
                } catch (RuntimeException e) {
                    // The change is stored; a page that missed it shows it at its next load.
                    LOG.log(
                            Level.WARNING,
                            "Telling this replica's pages of a change of list " + pulse.listId() + " failed: " + e);
                }
            }
        });
    }

    /**
     * Whether the change is the transaction's first of its list: one pulse a list and transaction, so that a bulk
     * action, which tells of its lists first, is one announcement and not a thousand.
     */
    @SuppressWarnings("unchecked")
    private boolean firstOfItsList(Change change) {
        Set<Long> told = (Set<Long>) transactions.getResource(ChangeFeed.class);
        if (told == null) {
            told = new HashSet<>();
            transactions.putResource(ChangeFeed.class, told);
        }
        return told.add(change.listId());
    }

    /** A pulse another replica sent, or null when it is this replica's own (its pages know) or unreadable. */
    static Pulse read(String payload) {
        try {
            Pulse pulse = JSON.fromJson(payload, Pulse.class);
            return REPLICA.equals(pulse.replica()) ? null : pulse;
        } catch (RuntimeException e) {
            LOG.warning(() -> "A change notification was not understood and is ignored: " + e);
            return null;
        }
    }

    private static String cut(String subject) {
        return subject == null || subject.length() <= SUBJECT_CHARS
                ? subject
                : subject.substring(0, SUBJECT_CHARS - 1) + "…";
    }
}

package app.todo.calendar.control;

import app.todo.calendar.entity.CalendarFeed;
import app.todo.platform.control.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Each account's calendar feed address (C1): made, renewed (the old address stops at once), turned off. */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    public Optional<CalendarFeed> of(long accountId) {
        return Optional.ofNullable(em.find(CalendarFeed.class, accountId));
    }

    /** A new address for the account's feed; the one before, if any, stops working. */
    public CalendarFeed renew(long accountId) {
        turnOff(accountId);
        em.flush();
        CalendarFeed feed = new CalendarFeed(accountId, Secrets.random());
        em.persist(feed);
        return feed;
    }

    public void turnOff(long accountId) {
        em.createQuery("delete from CalendarFeed f where f.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** The account whose feed has that secret; nothing for any other text. */
    public Optional<Long> ownerOf(String secret) {
        if (!Secrets.isWellFormed(secret)) {
            return Optional.empty();
        }
        List<Long> owners = em.createQuery(
                        "select f.accountId from CalendarFeed f where f.secret = :secret", Long.class)
                .setParameter("secret", secret)
                .getResultList();
        return owners.stream().findFirst();
    }
}

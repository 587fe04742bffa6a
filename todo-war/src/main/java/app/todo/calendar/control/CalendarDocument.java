package app.todo.calendar.control;

import app.todo.account.control.Accounts;
import app.todo.account.entity.Account;
import app.todo.task.entity.Priority;
import app.todo.task.entity.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.concurrent.Semaphore;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A person's calendar feed as iCalendar (RFC 5545, written by ical4j): each pending task with a due date, of every
 * list of theirs, twice (C2) — as a VTODO (its DUE), for the applications that read to-dos, and as a VEVENT, since
 * Google Calendar and Apple Calendar show only events: all day on its date, or at its time for 30 minutes, marked
 * free. A time is the person's own (their time zone, A13) written as the instant it is (UTC), so every calendar
 * shows it at the right hour wherever it is read. Built afresh on each fetch, and written as it is read; done tasks are
 * left out.
 */
@ApplicationScoped
public class CalendarDocument {

    /** How long a timed task stands in a calendar. */
    static final Duration TIMED_LENGTH = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Accounts accounts;

    /** Feeds written at once per replica; more answer 503 at once (C3). */
    public static final int AT_ONCE = 2;

    private static final int PAGE = 500;

    // Not Fault Tolerance's @Bulkhead: the writing outlives the resource method (a stream), so its permit is released
    // by the stream when it ends.
    private final Semaphore writers = new Semaphore(AT_ONCE);

    /** @return whether a writer was free; if so, {@link #release()} must follow when the feed is written */
    public boolean acquire() {
        return writers.tryAcquire();
    }

    public void release() {
        writers.release();
    }

    /**
     * Writes the feed of the account's tasks as it reads them, 500 a query: 10,000 tasks with long notes (each
     * written twice) would be hundreds of megabytes held at once. ical4j writes every line: the calendar's own
     * (its properties, without components) around the components, each written as it is made.
     */
    public void write(long owner, Writer out) throws IOException {
        Account account = accounts.find(owner);
        ZoneId zone = account.getZone();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//To-do//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "To-do: " + account.getName()));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        // Ask subscribers to look again within the hour (Outlook, Apple; Google decides for itself).
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        String envelope = calendar.toString();
        int end = envelope.lastIndexOf("END:VCALENDAR");
        out.write(envelope, 0, end);
        LocalDate afterDate = LocalDate.of(1, 1, 1); // before any due date (four-digit years, D1)
        long afterId = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = em.createQuery(
                            "select t, l.name from Task t, TaskList l where l.id = t.listId and (t.ownerId = :owner"
                                    + " or l.id in (select m.listId from ListMember m where m.accountId = :owner))"
                                    + " and t.done = false and t.dueDate is not null and (t.dueDate > :date"
                                    + " or (t.dueDate = :date and t.id > :id)) order by t.dueDate, t.id",
                            Object[].class)
                    .setParameter("owner", owner)
                    .setParameter("date", afterDate)
                    .setParameter("id", afterId)
                    .setMaxResults(PAGE)
                    .setHint("org.hibernate.readOnly", true)
                    .getResultList();
            for (Object[] row : rows) {
                Task task = (Task) row[0];
                out.write(todo(task, (String) row[1], zone).toString());
                out.write(event(task, (String) row[1], zone).toString());
            }
            em.clear();
            if (rows.size() < PAGE) {
                break;
            }
            Task last = (Task) rows.get(rows.size() - 1)[0];
            afterDate = last.getDueDate();
            afterId = last.getId();
        }
        out.write(envelope, end, envelope.length() - end);
        out.flush();
    }

    private static VToDo todo(Task task, String list, ZoneId zone) {
        VToDo todo = new VToDo();
        todo.add(new Uid("task-" + task.getId() + "@todo"));
        todo.add(new Summary(task.getTitle()));
        todo.add(new Due<>(when(task, zone)));
        todo.add(new Status(Status.VALUE_NEEDS_ACTION));
        if (task.getPriority() != Priority.NONE) {
            todo.add(new net.fortuna.ical4j.model.property.Priority(icalendarPriority(task.getPriority())));
        }
        return details(todo, task, list);
    }

    private static VEvent event(Task task, String list, ZoneId zone) {
        Temporal start = when(task, zone);
        VEvent event = start instanceof Instant
                ? new VEvent(start, TIMED_LENGTH, task.getTitle())
                : new VEvent(start, Period.ofDays(1), task.getTitle());
        event.add(new Uid("task-" + task.getId() + "-event@todo"));
        event.add(ImmutableTransp.TRANSPARENT);
        return details(event, task, list);
    }

    private static <C extends net.fortuna.ical4j.model.Component> C details(C component, Task task, String list) {
        component.add(new Categories(new TextList(List.of(list))));
        if (task.getNotes() != null && !task.getNotes().isEmpty()) {
            component.add(new Description(task.getNotes()));
        }
        return component;
    }

    /** The day (an all-day date) or the instant (the person's time in their zone). */
    static Temporal when(Task task, ZoneId zone) {
        return task.getDueTime() == null
                ? task.getDueDate()
                : task.getDueDate().atTime(task.getDueTime()).atZone(zone).toInstant();
    }

    /** RFC 5545's scale: 1 highest, 5 medium, 9 lowest. */
    private static int icalendarPriority(Priority priority) {
        return switch (priority) {
            case HIGH -> 1;
            case MEDIUM -> 5;
            case LOW -> 9;
            case NONE -> 0;
        };
    }
}

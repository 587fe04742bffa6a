package app.todo.transfer.control;

import app.todo.task.control.Lists;
import app.todo.task.entity.Priority;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskList;
import app.todo.transfer.entity.ExportFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Export (X1): every list of the person's with its tasks, in their order, as the JSON export format ({@link ExportFormat},
 * docs/export-format.md) or as CSV (the columns import takes). Written as it is read, 500 tasks a query, each query its
 * own short read: an account's 10,000 tasks with long notes can be 100 MB, which must neither sit in the heap nor
 * hold a database connection while a slow client reads. At most {@link #AT_ONCE} exports are written at once per
 * replica (each holds an HTTP worker while the client reads); more answer 503 at once.
 */
@ApplicationScoped
public class Exports {

    /** Exports written at once per replica. */
    public static final int AT_ONCE = 2;

    private static final int PAGE = 500;
    private static final JsonGeneratorFactory JSON =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    // Not Fault Tolerance's @Bulkhead: the writing outlives the resource method, so its permit is released by the
    // stream that writes, when it ends.
    private final Semaphore writers = new Semaphore(AT_ONCE);

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Lists lists;

    /** @return whether a writer was free; if so, {@link #release()} must follow when the export is written */
    public boolean acquire() {
        return writers.tryAcquire();
    }

    public void release() {
        writers.release();
    }

    public void json(long owner, OutputStream out) {
        List<TaskList> all = lists.all(owner);
        try (JsonGenerator json = JSON.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject()
                    .write("format", ExportFormat.FORMAT)
                    .write("version", ExportFormat.VERSION)
                    .write("exportedAt", Instant.now().toString())
                    .writeStartArray("lists");
            for (TaskList list : all) {
                json.writeStartObject()
                        .write("name", list.getName())
                        .write("inbox", list.isInbox())
                        .write("sort", list.getSort().param())
                        .writeStartArray("tasks");
                eachTask(list.getId(), task -> {
                    json.writeStartObject().write("title", task.getTitle()).write("done", task.isDone());
                    if (task.getDueDate() != null) {
                        json.write("dueDate", task.getDueDate().toString());
                    }
                    if (task.getDueTime() != null) {
                        json.write("dueTime", task.getDueTime().toString());
                    }
                    if (task.getNotes() != null) {
                        json.write("notes", task.getNotes());
                    }
                    if (task.getPriority() != Priority.NONE) {
                        json.write("priority", task.getPriority().param());
                    }
                    json.write("createdAt", task.getCreatedAt().toString()).writeEnd();
                });
                json.writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    /** CSV with a header line; the due date carries its time ("2026-12-08 09:30") when it has one. */
    public void csv(long owner, OutputStream out) {
        List<TaskList> all = lists.all(owner);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(Imports.CSV_COLUMNS.toArray(String[]::new))
                        .get())) {
            for (TaskList list : all) {
                eachTask(list.getId(), task -> {
                    try {
                        csv.printRecord(
                                task.getTitle(),
                                task.getNotes() == null ? "" : task.getNotes(),
                                task.getDueDate() == null
                                        ? ""
                                        : task.getDueDate()
                                                + (task.getDueTime() == null ? "" : " " + task.getDueTime()),
                                list.getName(),
                                task.isDone());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list's tasks in its own order (My order), a page a query (keyset), nothing kept once written. */
    private void eachTask(long listId, Consumer<Task> write) {
        long afterPosition = Long.MIN_VALUE;
        long afterId = Long.MIN_VALUE;
        while (true) {
            List<Task> page = em.createQuery(
                            "select t from Task t where t.listId = :list and (t.position > :position"
                                    + " or (t.position = :position and t.id > :id)) order by t.position, t.id",
                            Task.class)
                    .setParameter("list", listId)
                    .setParameter("position", afterPosition)
                    .setParameter("id", afterId)
                    .setMaxResults(PAGE)
                    .setHint("org.hibernate.readOnly", true)
                    .getResultList();
            page.forEach(write);
            em.clear();
            if (page.size() < PAGE) {
                return;
            }
            Task last = page.get(page.size() - 1);
            afterPosition = last.getPosition();
            afterId = last.getId();
        }
    }
}

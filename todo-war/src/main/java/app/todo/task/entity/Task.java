package app.todo.task.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A to-do item. Its rules live here, once, for the page and the API alike; what a person may change is what
 * {@link #takeChangesFrom} copies, so the page's edit form and the API's merge patch change the same fields.
 */
@Entity
@Table(name = "task")
@DueTimeNeedsDate
@JsonbPropertyOrder({"id", "listId", "title", "done", "dueDate", "dueTime", "notes", "priority", "createdAt", "version"
})
public class Task {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int NOTES_MAX_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{task.title.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{task.title.too-long}")
    @SingleLine
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "list_id")
    private Long listId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "due_time")
    private LocalTime dueTime;

    /** Several lines: line breaks and tabs are the only control characters kept. */
    @Size(max = NOTES_MAX_LENGTH, message = "{task.notes.too-long}")
    @Pattern(regexp = "[[^\\p{Cc}\\uFFFD]\\n\\t]*", message = "{task.notes.control-characters}")
    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    @NotNull(message = "{task.priority.required}")
    @Enumerated(EnumType.ORDINAL)
    @JsonbTypeAdapter(Priority.Json.class)
    @Column(nullable = false)
    private Priority priority = Priority.NONE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Its place in its list (O1), ordered with the id; not part of the API's answers (their order is). */
    @JsonbTransient
    @Column(nullable = false)
    private long position;

    @Version
    @Column(nullable = false)
    private long version;

    /** Title and notes folded for search (S1), kept as they change; not part of the API's answers. */
    @JsonbTransient
    @Column(name = "search_text", length = SearchText.STORED_MAX_LENGTH)
    private String searchText;

    /** The account whose lists hold it; not part of the API's answers. */
    @JsonbTransient
    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    public Task() {
        // for JPA and JSON-B
    }

    public Task(String title) {
        setTitle(title);
    }

    /** Titles are stored trimmed; a null stays null so that validation names it. */
    public static String normalizeTitle(String title) {
        return title == null ? null : title.strip();
    }

    /** Makes this a new task of the account's: pending, created now, last in its list (O2). */
    public void addTo(long ownerId, long listId) {
        this.ownerId = ownerId;
        this.listId = listId;
        this.done = false;
        this.createdAt = Instant.now();
        this.position = positionAt(createdAt);
    }

    /** Import (X2): the creation time the file gives, kept unless absent or still to come. */
    public void importedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Makes this imported task one of the account's, at that place in the list, done or not as the file says. */
    public void importInto(long ownerId, long listId, long position) {
        this.ownerId = ownerId;
        this.listId = listId;
        this.position = position;
        Instant now = Instant.now();
        if (createdAt == null || createdAt.isAfter(now)) {
            createdAt = now;
        }
    }

    /** A place after every task created before that instant: its microseconds since the epoch (O2). */
    public static long positionAt(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    /** Everything a person may change, taken from the task they sent (the page's form, the API's patched task). */
    public void takeChangesFrom(Task wanted) {
        setTitle(wanted.title);
        done = wanted.done;
        listId = wanted.listId;
        dueDate = wanted.dueDate;
        dueTime = wanted.dueTime;
        setNotes(wanted.notes);
        priority = wanted.priority;
    }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchText = SearchText.of(title, notes);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = normalizeTitle(title);
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    public Long getListId() {
        return listId;
    }

    public void setListId(Long listId) {
        this.listId = listId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }

    public String getNotes() {
        return notes;
    }

    /** Browsers send a textarea's line breaks as CR LF; blank notes are no notes. */
    public void setNotes(String notes) {
        String lines = notes == null
                ? null
                : notes.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        this.notes = lines == null || lines.isBlank() ? null : lines;
    }

    public boolean hasNotes() {
        return notes != null;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getPosition() {
        return position;
    }

    /** Moved: Tasks places it between its new neighbours. */
    public void moveTo(long listId, long position) {
        this.listId = listId;
        this.position = position;
    }

    public long getVersion() {
        return version;
    }

    public Long getOwnerId() {
        return ownerId;
    }
}

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
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One of an account's lists of tasks. Every account has one Inbox (L1), which may be renamed, never deleted. */
@Entity
@Table(name = "task_list")
@JsonbPropertyOrder({"id", "name", "inbox", "position", "sort", "openCount", "version"})
public class TaskList {

    public static final int NAME_MAX_LENGTH = 60;
    /** The Inbox's name until its owner renames it; shown in the page's language while it is unchanged. */
    public static final String INBOX_NAME = "Inbox";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JsonbTransient
    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @NotBlank(message = "{list.name.required}")
    @Size(max = NAME_MAX_LENGTH, message = "{list.name.too-long}")
    @SingleLine
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false, updatable = false)
    private boolean inbox;

    @PositiveOrZero(message = "{list.position.negative}")
    @Column(nullable = false)
    private int position;

    /** How the page sorts its tasks (O1). */
    @NotNull(message = "{list.sort.required}")
    @Enumerated(EnumType.STRING)
    @JsonbTypeAdapter(TaskSort.Json.class)
    @Column(name = "sort_order", nullable = false)
    private TaskSort sort = TaskSort.POSITION;

    /** Kept by bulk updates where tasks change (Tasks), never written through the entity. */
    @Column(name = "open_count", insertable = false, updatable = false)
    private int openCount;

    @JsonbTransient
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    /** Shared with the caller (H2): its owner's name; null for the caller's own list. Not stored. */
    @Transient
    private String sharedBy;

    /** Whether the caller may change its tasks (H3): always for their own, for a shared one as its role says. */
    @Transient
    private boolean changeable = true;

    public TaskList() {
        // for JPA and JSON-B
    }

    public TaskList(String name) {
        setName(name);
    }

    public static TaskList inboxOf(long ownerId) {
        TaskList inbox = new TaskList(INBOX_NAME);
        inbox.inbox = true;
        inbox.addTo(ownerId, 0);
        return inbox;
    }

    public void addTo(long ownerId, int position) {
        this.ownerId = ownerId;
        this.position = position;
        this.createdAt = Instant.now();
    }

    /** What a person may change: its name, place and sort. */
    public void takeChangesFrom(TaskList wanted) {
        setName(wanted.name);
        position = wanted.position;
        sort = wanted.sort;
    }

    public TaskSort getSort() {
        return sort;
    }

    public void setSort(TaskSort sort) {
        this.sort = sort;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Task.normalizeTitle(name);
    }

    public boolean isInbox() {
        return inbox;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    /** Marks this as a list shared with the caller by its owner, with what the caller may do. */
    public void sharedBy(String owner, boolean canChange) {
        this.sharedBy = owner;
        this.changeable = canChange;
    }

    public String getSharedBy() {
        return sharedBy;
    }

    @JsonbTransient
    public boolean isShared() {
        return sharedBy != null;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public int getOpenCount() {
        return openCount;
    }

    public long getVersion() {
        return version;
    }
}

package app.todo.task.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A to-do item. The title rules live here, once, for the page and the API alike. */
@Entity
@Table(name = "task")
@JsonbPropertyOrder({"id", "title", "done", "createdAt", "version"})
public class Task {

    public static final int TITLE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{task.title.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{task.title.too-long}")
    @Pattern(regexp = "[^\\p{Cc}\\uFFFD]*", message = "{task.title.control-characters}")
    // Invisible format characters (zero-width spaces, BOMs, soft hyphens, word joiners) and text-direction
    // controls make one title look like another, or run backwards; a lone surrogate is no character at all.
    // The joiners that scripts and emoji need stay allowed: ZWNJ, ZWJ and the tag characters of flags.
    // One character class (a union), not an alternation: a group repeated per character overflows the stack
    // on a long title.
    @Pattern(
            regexp = "[[^\\p{Cf}\\p{Cs}]\\u200C\\u200D\\x{E0020}-\\x{E007F}]*",
            message = "{task.title.invisible-characters}")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    /** The account whose list holds it; not part of the API's answers. */
    @JsonbTransient
    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    protected Task() {
        // for JPA and JSON-B
    }

    public Task(long ownerId, String title) {
        this.ownerId = ownerId;
        this.title = normalizeTitle(title);
        this.createdAt = Instant.now();
    }

    /** Titles are stored trimmed; a null stays null so that validation names it. */
    public static String normalizeTitle(String title) {
        return title == null ? null : title.strip();
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Long getOwnerId() {
        return ownerId;
    }
}

package app.todo.transfer.entity;

import app.todo.task.entity.Priority;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A task in the export file; absent members are false, none or null. */
@JsonbPropertyOrder({"title", "done", "dueDate", "dueTime", "notes", "priority", "createdAt"})
public record ExportedTask(
        String title,
        Boolean done,
        LocalDate dueDate,
        LocalTime dueTime,
        String notes,
        @JsonbTypeAdapter(Priority.Json.class) Priority priority,
        Instant createdAt) {}

package app.todo.task.boundary;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The body of {@code POST /api/tasks/bulk} (B1): the tasks, and either a merge patch for each ({@code set}) or
 * {@code "delete": true}. Its members are checked (JsonBodies), then read by TaskResource.
 */
record BulkChange(List<Long> ids, JsonObject set, Boolean delete) {}

package app.todo.task.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;

/**
 * One page of tasks with the counts the page shows.
 *
 * @param matching     how many tasks the filter selects, over all pages
 * @param pending      how many tasks are not done, whatever the filter
 * @param done         how many tasks are done, whatever the filter
 * @param countsCapped whether counting the matching tasks stopped at a limit (see
 *                     {@code Tasks.PAGE_COUNT_LIMIT}): then the number of pages is not known. A count at
 *                     the limit means "at least".
 */
public record TaskListing(
        List<Task> tasks,
        @JsonbTransient TaskScope scope,
        TaskFilter filter,
        int page,
        int pageSize,
        long matching,
        long pending,
        long done,
        boolean countsCapped) {

    public int pageCount() {
        return (int) Math.max(1, (matching + pageSize - 1) / pageSize);
    }

    /** Whether a page follows this one: known from the counts, or when they are capped, from a full page. */
    public boolean hasNextPage() {
        return countsCapped ? tasks.size() == pageSize || page < pageCount() : page < pageCount();
    }

    public long total() {
        return pending + done;
    }
}

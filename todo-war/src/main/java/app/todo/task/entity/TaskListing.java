package app.todo.task.entity;

import java.util.List;

/**
 * One page of tasks with the counts the page shows.
 *
 * @param matching how many tasks the filter selects, over all pages
 * @param pending  how many tasks are not done, whatever the filter
 * @param done     how many tasks are done, whatever the filter
 */
public record TaskListing(List<Task> tasks, TaskFilter filter, int page, int pageSize,
                          long matching, long pending, long done) {

    public int pageCount() {
        return (int) Math.max(1, (matching + pageSize - 1) / pageSize);
    }

    public long total() {
        return pending + done;
    }
}

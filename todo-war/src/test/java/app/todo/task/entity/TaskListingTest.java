package app.todo.task.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskListingTest {

    private static List<Task> tasks(int count) {
        return Collections.nCopies(count, new Task("A task"));
    }

    @DisplayName("T7: the counts give the number of pages and whether another follows")
    @Test
    void exactCountsGiveThePagesAndWhetherOneFollows() {
        TaskListing first = new TaskListing(tasks(100), null, TaskFilter.ALL, 1, 100, 150, 150, 0, false);
        assertEquals(2, first.pageCount());
        assertTrue(first.hasNextPage());
        TaskListing last = new TaskListing(tasks(50), null, TaskFilter.ALL, 2, 100, 150, 150, 0, false);
        assertFalse(last.hasNextPage());
        assertEquals(
                1,
                new TaskListing(tasks(0), null, TaskFilter.DONE, 1, 100, 0, 0, 0, false).pageCount(),
                "an empty list is one page");
    }

    @DisplayName("T8: past the counted tasks, a full page links to the next one")
    @Test
    void withCappedCountsAFullPageMeansThereMayBeMore() {
        TaskListing pastTheCount = new TaskListing(tasks(100), null, TaskFilter.PENDING, 12, 100, 1000, 1000, 0, true);
        assertTrue(pastTheCount.hasNextPage(), "a full page past the counted ones links to the next");
        TaskListing lastOne = new TaskListing(tasks(7), null, TaskFilter.PENDING, 13, 100, 1000, 1000, 0, true);
        assertFalse(lastOne.hasNextPage());
        TaskListing withinTheCount = new TaskListing(tasks(3), null, TaskFilter.PENDING, 2, 100, 1000, 1000, 0, true);
        assertTrue(withinTheCount.hasNextPage(), "pages counted beyond this one follow");
    }
}

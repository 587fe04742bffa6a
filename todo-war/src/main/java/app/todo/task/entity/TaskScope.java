package app.todo.task.entity;

import java.time.LocalDate;
import java.util.Map;

/**
 * Which tasks a listing shows: one list, or a view across the account's lists by due date, as the URL names it
 * ({@code ?list=12}, {@code ?view=today}, {@code ?view=upcoming}), or a search ({@code ?q=cafe}). Each scope is one
 * condition, in JPQL and in SQL.
 */
public sealed interface TaskScope {

    /** Upcoming shows this many days, today included. */
    int UPCOMING_DAYS = 7;

    /** The condition on {@code Task t} in JPQL. */
    String jpql();

    /** The same condition on the table {@code task} in SQL. */
    String sql();

    /** The condition for the tasks of one state, in SQL: each scope's own range of an index, not a filter on one. */
    default String sql(boolean done) {
        return sql() + (done ? " AND done = TRUE" : " AND done = FALSE");
    }

    /** The same in JPQL; null: either state. */
    default String jpql(Boolean done) {
        return done == null ? jpql() : jpql() + " and t.done = " + done;
    }

    /** Its parameters, by name, shared by both. */
    Map<String, Object> parameters();

    /** The order of its tasks in JPQL. */
    default String order() {
        return "t.dueDate, t.dueTime nulls first, t.createdAt, t.id";
    }

    /** The URL's name of the view, or null for a list. */
    String view();

    /** One list, in its sort (O1): by default the person's own order. */
    record InList(long listId, TaskSort sort) implements TaskScope {
        public InList(long listId) {
            this(listId, TaskSort.POSITION);
        }

        public String jpql() {
            return "t.listId = :list";
        }

        public String sql() {
            return "list_id = :list";
        }

        public Map<String, Object> parameters() {
            return Map.of("list", listId);
        }

        @Override
        public String order() {
            return sort.jpql();
        }

        public String view() {
            return null;
        }
    }

    /** Every task of the account, oldest first unless sorted: the API without a list or a view. */
    record All(long owner, TaskSort sort) implements TaskScope {
        public String jpql() {
            return "t.ownerId = :owner";
        }

        public String sql() {
            return "owner_id = :owner";
        }

        public Map<String, Object> parameters() {
            return Map.of("owner", owner);
        }

        @Override
        public String order() {
            return sort.jpql();
        }

        public String view() {
            return null;
        }
    }

    /** Due today, and pending ones due before (overdue), across the lists; overdue first (D3). */
    record Today(long owner, LocalDate today) implements TaskScope {
        public String jpql() {
            return "t.ownerId = :owner and (t.done = false and t.dueDate <= :today or t.done = true and t.dueDate = :today)";
        }

        public String sql() {
            return "owner_id = :owner AND (done = FALSE AND due_date <= :today OR done = TRUE AND due_date = :today)";
        }

        public Map<String, Object> parameters() {
            return Map.of("owner", owner, "today", today);
        }

        @Override
        public String sql(boolean done) {
            return done
                    ? "owner_id = :owner AND done = TRUE AND due_date = :today"
                    : "owner_id = :owner AND done = FALSE AND due_date <= :today";
        }

        @Override
        public String jpql(Boolean done) {
            if (done == null) {
                return jpql();
            }
            return done
                    ? "t.ownerId = :owner and t.done = true and t.dueDate = :today"
                    : "t.ownerId = :owner and t.done = false and t.dueDate <= :today";
        }

        public String view() {
            return "today";
        }
    }

    /** Due from today through the next six days, across the lists, by day (D4). */
    record Upcoming(long owner, LocalDate today) implements TaskScope {
        public String jpql() {
            return "t.ownerId = :owner and t.dueDate between :today and :last";
        }

        public String sql() {
            return "owner_id = :owner AND due_date BETWEEN :today AND :last";
        }

        public Map<String, Object> parameters() {
            return Map.of("owner", owner, "today", today, "last", today.plusDays(UPCOMING_DAYS - 1L));
        }

        public String view() {
            return "upcoming";
        }
    }

    /**
     * Tasks whose title or notes contain the query, case and accents ignored, across the lists; pending first (S1).
     * PostgreSQL finds them through a trigram index on the folded text; H2 reads the account's tasks.
     */
    record Search(long owner, String query) implements TaskScope {
        public String jpql() {
            return "t.ownerId = :owner and t.searchText like :pattern escape '!'";
        }

        public String sql() {
            return "owner_id = :owner AND search_text LIKE :pattern ESCAPE '!'";
        }

        public Map<String, Object> parameters() {
            return Map.of("owner", owner, "pattern", SearchText.containing(query));
        }

        @Override
        public String order() {
            return "t.done, t.createdAt, t.id";
        }

        public String view() {
            return "search";
        }
    }
}

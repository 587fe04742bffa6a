/**
 * Tasks: each account's lists of to-dos. Lists (the Inbox and the person's own), tasks with a due date and time, notes
 * and a priority; add, tick done and back, edit, move, delete, clear the done ones, filter and page; the views Today
 * and Upcoming across the lists, in the person's time zone. On the page ({@code TaskPage}, stateless JSF views) and in
 * the JSON API ({@code TaskResource} /api/tasks, {@code ListResource} /api/lists); both go through {@code Tasks} and
 * {@code Lists}, so they share one set of rules, and a task's rules live once, on {@code Task}.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>T1 — A title is stored trimmed. <i>Why:</i> spaces around it are typing, not meaning.</li>
 * <li>T2 — A blank title is refused ("Please enter a task"), nothing stored. <i>Why:</i> an empty row is noise.</li>
 * <li>T3 — A title over 200 characters is refused, nothing stored; the typed text stays on the page. <i>Why:</i> a
 * to-do is a line, not a document; the column is bounded too.</li>
 * <li>T4 — No line breaks, control or replacement characters, invisible or text-direction characters in a title; the
 * joiners of scripts, emoji and flags stay. <i>Why:</i> one title must not pass for another or read backwards.</li>
 * <li>T5 — An account sees and changes only its own tasks: another's, a deleted or an unknown id is 404 in the API,
 * "This task no longer exists" on the page. <i>Why:</i> an id tells nothing of other lists; races are ordinary.</li>
 * <li>T6 — A change carries the version its sender saw; an older one is refused (409 in the API), no update lost.
 * <i>Why:</i> two people on one task must not overwrite each other unknowingly.</li>
 * <li>T7 — A new task is pending; a list is in its sort (O1; new tasks last), filtered All / Pending / Done by the URL ({@code ?list=12},
 * {@code ?view=today}), 100 a page; on the page an unknown filter, list or view shows the default. <i>Why:</i> a list
 * reads as it was written; a URL can be reloaded and bookmarked.</li>
 * <li>T8 — The page counts up to 1,000 ("1,000+ tasks left"), then a full page links to the next; the API counts
 * exactly. <i>Why:</i> counting a huge list would cost more than showing the page.</li>
 * <li>T9 — At most 10,000 tasks per account ({@code todo.max-tasks-per-account}): the next add is refused (409),
 * nothing stored. The count is kept on the account's row where tasks are added and deleted ({@code Counts}), so an add
 * costs the same whatever the account holds, and two replicas' adds wait for each other on that row. <i>Why:</i> one
 * account cannot fill the database, and counting 10,000 rows per add would cost more than the add.</li>
 * <li>T10 — Adds per account are a token bucket the replicas share ({@code todo.adds-per-minute}, 60): beyond, 429
 * with Retry-After; the page says when to try again. <i>Why:</i> a script cannot flood a list or the database.</li>
 * <li>T11 — The API reads JSON strictly: malformed JSON is 400, a wrong type or a bad query parameter 400 naming the
 * field. <i>Why:</i> {@code "title": 5} is a script's mistake, to be told, not a title to guess.</li>
 * <li>T12 — The page keeps nothing in server memory; with JavaScript a change happens in place, without it a post is
 * answered by a redirect. <i>Why:</i> any replica answers any request, and a reload never posts twice.</li>
 * <li>T14 — The API changes a task or a list by JSON Merge Patch (RFC 7396): an absent member stays, {@code null}
 * clears it (a cleared priority is none; a missing list keeps the task where it is). <i>Why:</i> a client sends what
 * it changes, and can clear a date.</li>
 * <li>T15 — Tasks and lists answer an ETag (their version); a change or delete with an {@code If-Match} that no longer
 * matches is 412, nothing stored. <i>Why:</i> HTTP's own guard against lost updates, beside T6's version member.</li>
 * <li>L1 — Every account has one Inbox, made with the account: it may be renamed, never deleted (409); a task added
 * without a list goes there; tasks stored before lists moved there, in their order. <i>Why:</i> a task always has a
 * place.</li>
 * <li>L2 — A list is its account's: another's is 404, a task naming it 400 (listId). Deleting a list deletes its
 * tasks, after the page asked once more naming how many. <i>Why:</i> as T5; a delete that takes work with it is
 * confirmed.</li>
 * <li>L3 — A list name is 1 to 60 characters, trimmed, one line (T4's characters); at most 200 lists per account.
 * <i>Why:</i> every page shows them all.</li>
 * <li>L4 — Each list shows its number of open tasks, kept where tasks change (add, tick, move, delete), never counted.
 * <i>Why:</i> the navigation is on every page.</li>
 * <li>D1 — A due date is a day (four-digit year), with an optional time that needs the date; notes are at most 10,000
 * characters, with line breaks; the priority is none, low, medium or high. <i>Why:</i> what a date field and both
 * databases hold; notes are a few paragraphs.</li>
 * <li>D2 — Dates read in words from the person's today: Today, Tomorrow, Overdue, "Mon 7 Dec", in the page's
 * language. <i>Why:</i> "2026-12-07" needs working out.</li>
 * <li>D3 — Today shows the tasks due today, and the pending ones due before (overdue first), across the lists, each
 * with its list. <i>Why:</i> what is left to do today, wherever it was filed.</li>
 * <li>D4 — Upcoming shows the tasks due from today through the next six days, by day. <i>Why:</i> a working week at a
 * glance.</li>
 * <li>S1 — A search ({@code ?q=}, "Search tasks" on every page; {@code GET /api/tasks?q=}) finds the account's tasks
 * whose title or notes contain the query, case, accents and surrounding spaces ignored ("cafe" finds "Café"), across
 * the lists, pending first, each with its list; {@code %} and {@code _} are plain characters; at most 200 characters
 * (the API answers 400, the page shows no search). PostgreSQL answers through a trigram index on the folded text
 * ({@code SearchText}). <i>Why:</i> people remember a word, not the list they filed it in.</li>
 * <li>O1 — A list is sorted by the person's own order ("My order", {@code position}, the default), due date,
 * priority or creation ("Sort by", kept on the list; {@code ?sort=} in the API for one request). <i>Why:</i> people
 * arrange their work, and a chosen order must survive reloads, browsers and replicas.</li>
 * <li>O2 — A new task goes last; a move ({@code POST /api/tasks/{id}/move}: before or after a task, into its list,
 * or to the end of a list) takes the middle between its new neighbours: one row updated, whatever the list's size;
 * only when a gap is used up (20 halvings) are the tasks after it shifted once. <i>Why:</i> moving to the top of
 * 10,000 tasks must not renumber them.</li>
 * <li>O3 — In "My order" each row has "Move up" and "Move down" (past the neighbour shown with the filter), plain
 * posts without JavaScript; with it, dragging and Alt+↑/↓, with "Moved to position N of M" read out. <i>Why:</i>
 * reordering without a mouse, and without JavaScript.</li>
 * <li>B1 — Many tasks change at once, all or nothing: "Select" per row or "Select all" (the rows shown), then Mark
 * done, Mark pending, Move to list, Set due date, or Delete after a question naming how many; in the API
 * {@code POST /api/tasks/bulk}, 1 to 1,000 ids, every one the caller's, else 404 and nothing changed. <i>Why:</i> a
 * half-applied bulk change is worse than none.</li>
 * <li>B2 — "Mark all as done" marks every pending task of the list or view shown, on every page. <i>Why:</i>
 * TodoMVC's toggle-all, without selecting page by page.</li>
 * <li>K1 — Keyboard shortcuts (n, /, j, k, x, e, Escape, Alt+↑/↓, ? for the list) never fire while typing in a
 * field. <i>Why:</i> speed for people who live on the keyboard, without stealing their text.</li>
 * <li>T13 — The page shows a title as text (markup never runs, any Unicode kept), in English or, when the browser
 * prefers it, French. <i>Why:</i> a title is a person's data, not the page's code.</li>
 * </ol>
 * <h2>Entities</h2>
 * <ul>
 * <li>{@link app.todo.task.entity.Task Task} — one to-do: title, done, list, due date and time, notes, priority,
 * creation time, version, owner.</li>
 * <li>{@link app.todo.task.entity.TaskList TaskList} — one of an account's lists, with its open count (L4).</li>
 * <li>{@link app.todo.task.entity.TaskScope TaskScope} — what a listing shows: a list, Today, Upcoming, a search, or
 * all.</li>
 * <li>{@link app.todo.task.entity.SearchText SearchText} — text as a search compares it (S1).</li>
 * <li>{@link app.todo.task.entity.TaskSort TaskSort} (O1), {@link app.todo.task.entity.TaskMove TaskMove} (O2) — how
 * a list is sorted, where a task goes.</li>
 * <li>{@link app.todo.task.entity.TaskFilter TaskFilter} — All, Pending or Done, as the URL names it.</li>
 * <li>{@link app.todo.task.entity.TaskListing TaskListing} — one page of tasks with its counts.</li>
 * <li>{@link app.todo.task.entity.TaskNotFoundException TaskNotFoundException} (T5),
 * {@link app.todo.task.entity.TaskQuotaExceededException TaskQuotaExceededException} (T9),
 * {@link app.todo.task.entity.TaskAddsThrottledException TaskAddsThrottledException} (T10) — the refusals.</li>
 * </ul>
 * <h2>Does not</h2>
 * Share a list between accounts; repeat a task; remind anyone; undo a delete; clear done
 * tasks through the API;
 * sign anyone in (app.todo.account); answer a database outage (app.todo.storage: 503).
 */
package app.todo.task;

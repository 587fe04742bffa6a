/**
 * Tasks: each account's to-do list. Add, tick done and back, rename, delete, clear the done ones, filter and page,
 * on the page ({@code TaskPage}, a stateless JSF view) and in the JSON API ({@code TaskResource}, /api/tasks); both
 * go through {@code Tasks}, so they share one set of rules, and the title's rules live once, on {@code Task}.
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
 * <li>T7 — A new task is pending; lists are oldest first, filtered All / Pending / Done by the URL, 100 a page; on
 * the page an unknown filter shows all. <i>Why:</i> a list reads as it was written; a URL can be reloaded.</li>
 * <li>T8 — The page counts up to 1,000 ("1,000+ tasks left"), then a full page links to the next; the API counts
 * exactly. <i>Why:</i> counting a huge list would cost more than showing the page.</li>
 * <li>T9 — At most 10,000 tasks per account ({@code todo.max-tasks-per-account}): the next add is refused (409),
 * nothing stored. <i>Why:</i> one account cannot fill the database.</li>
 * <li>T10 — Adds per account are a token bucket the replicas share ({@code todo.adds-per-minute}, 60): beyond, 429
 * with Retry-After; the page says when to try again. <i>Why:</i> a script cannot flood a list or the database.</li>
 * <li>T11 — The API reads JSON strictly: malformed JSON is 400, a wrong type or a bad query parameter 400 naming the
 * field. <i>Why:</i> {@code "title": 5} is a script's mistake, to be told, not a title to guess.</li>
 * <li>T12 — The page keeps nothing in server memory; with JavaScript a change happens in place, without it a post is
 * answered by a redirect. <i>Why:</i> any replica answers any request, and a reload never posts twice.</li>
 * <li>T13 — The page shows a title as text (markup never runs, any Unicode kept), in English or, when the browser
 * prefers it, French. <i>Why:</i> a title is a person's data, not the page's code.</li>
 * </ol>
 * <h2>Entities</h2>
 * <ul>
 * <li>{@link app.todo.task.entity.Task Task} — one to-do: title, done, creation time, version, owner.</li>
 * <li>{@link app.todo.task.entity.TaskFilter TaskFilter} — All, Pending or Done, as the URL names it.</li>
 * <li>{@link app.todo.task.entity.TaskListing TaskListing} — one page of tasks with its counts.</li>
 * <li>{@link app.todo.task.entity.TaskNotFoundException TaskNotFoundException} (T5),
 * {@link app.todo.task.entity.TaskQuotaExceededException TaskQuotaExceededException} (T9),
 * {@link app.todo.task.entity.TaskAddsThrottledException TaskAddsThrottledException} (T10) — the refusals.</li>
 * </ul>
 * <h2>Does not</h2>
 * Share a list between accounts; order by hand, date or priority; undo a delete; clear done tasks through the API;
 * sign anyone in (app.todo.account); answer a database outage (app.todo.storage: 503).
 */
package app.todo.task;

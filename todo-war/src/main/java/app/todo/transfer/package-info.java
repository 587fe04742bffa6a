/**
 * Export and import: all of a person's lists and tasks out as JSON or CSV, and back in.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>X1 — "Export as JSON" ({@code GET /api/export}) writes every list with its tasks in their order in the export
 * format (docs/export-format.md: {@code "format": "todo-export", "version": 1}; no ids, versions or owners); "Export
 * as CSV" ({@code /api/export.csv}) the columns title, notes, due date, list, done. Written as read, 500 tasks a
 * query, at most two at once per replica (then 503). <i>Why:</i> people own their data and leave with it; 10,000
 * tasks with long notes must neither fill the heap nor hold a connection while a slow client reads.</li>
 * <li>X2 — "Import" (the page's "File to import", or {@code POST /api/import} with {@code application/json} or
 * {@code text/csv}) reads the JSON export format, or CSV with a header naming its columns (title needed; notes, due
 * date as 2026-12-31 or 2026-12-31 09:30, list, done); every task is checked by the task's own rules; all of it goes
 * into new lists (a name the person has gets " (2)"), nothing they have is changed. <i>Why:</i> moving in from another
 * application, or back from a backup, without touching what is there; deleting those lists undoes it.</li>
 * <li>X3 — A bad file is refused with its line and the reason ("Line 4: the due date "tomorrow" is not a date…"), and
 * nothing of it is stored (one transaction); so is a file that would pass 200 lists or the account's 10,000 tasks.
 * Files are at most 5 MB (413 before a byte is read), UTF-8; one import at a time per replica (then 503).
 * <i>Why:</i> a half-imported file is worse than none, and a person fixes the line they are told.</li>
 * </ol>
 * <h2>Entities</h2>
 * <ul>
 * <li>{@link app.todo.transfer.entity.ExportFormat ExportFormat}, {@link app.todo.transfer.entity.ExportedTask
 * ExportedTask} — the JSON export format (version 1): a schema of its own, not the API's, so that files outlive the
 * API's shape.</li>
 * <li>{@link app.todo.transfer.entity.ImportRefusedException ImportRefusedException} — X3's refusal.</li>
 * </ul>
 * <h2>Does not</h2>
 * Merge into existing lists or update tasks (an import only adds); read other applications' own formats (their CSV
 * exports, with the columns renamed, do); carry shared lists' members.
 */
package app.todo.transfer;

/**
 * Calendar feed: a secret address that any calendar application subscribes to, holding the person's dated tasks.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>C1 — The page "Calendar feed" makes the address ("Create feed address"), shows it whenever opened, renews it
 * ("Renew address": the old one answers 404 at once) and turns it off ("Turn off feed"). The address
 * ({@code /api/calendar/{secret}.ics}, 256 random bits) is its only credential and reads the feed, nothing else;
 * any other text is 404. <i>Why:</i> calendar applications cannot sign in; an address that got out must be
 * replaceable.</li>
 * <li>C2 — The feed holds each pending task with a due date of the person's lists, their own and those shared with them (H2), as a VTODO (DUE) and as a VEVENT
 * (Google Calendar and Apple Calendar ignore VTODO): all day on its date, or at its time in the person's zone (A13)
 * for 30 minutes, written as the UTC instant, marked free; with its notes, list and priority. Built afresh on each
 * fetch. <i>Why:</i> what is due shows where people plan their days, at the right hour wherever they read it.</li>
 * <li>C3 — One feed is fetched at most {@code todo.calendar.fetches-per-hour} (60) times an hour across replicas (then
 * 429 with Retry-After), and at most two feeds are built at once per replica (then 503). <i>Why:</i> a feed of
 * 10,000 tasks costs real CPU; a script looping on an address must not take it.</li>
 * </ol>
 * <h2>Entities</h2>
 * <ul>
 * <li>{@link app.todo.calendar.entity.CalendarFeed CalendarFeed} — an account's feed secret (kept as it is: the page
 * shows it again, and it opens only what the database holds).</li>
 * <li>{@link app.todo.calendar.entity.FeedFetchesThrottledException FeedFetchesThrottledException} — C3's
 * refusal.</li>
 * </ul>
 * <h2>Does not</h2>
 * Take changes back from calendars (it is read-only); list done tasks; write time zone definitions (instants need
 * none).
 */
package app.todo.calendar;

/**
 * Live changes: every open page that shows a list learns at once of what anyone does to it, on any replica.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>U1 — A change of a task or a list (add, tick, edit, move, delete, a bulk action, rename, delete the list, a
 * member joins, leaves, is removed or gets another role) is told once it commits, and only then, to everyone who saw
 * the list at that moment: its owner and its members. One telling a list and transaction: a bulk action is one
 * announcement, not one a task. <i>Why:</i> a shared shopping list is used by two people in two shops at once.</li>
 * <li>U2 — An open task page follows {@code GET /api/live} (server-sent events). On each change it reloads in place
 * the list links, the heading and the tasks — never what the person is typing or has selected, which waits until
 * they are done with it — and its polite live region reads out "Bob ticked Milk" (not to the one who did it).
 * Without JavaScript a reload shows the change. The stream is the signed-in person's; a request another site's page
 * makes is refused (403). <i>Why:</i> seeing a change must not cost what one was doing, nor tell it to strangers.</li>
 * <li>U3 — Replicas learn of each other's changes through PostgreSQL: {@code NOTIFY} in the transaction that makes
 * the change, and one connection per replica that {@code LISTEN}s. <i>Why:</i> no sticky sessions and no cluster of
 * our own; the database already orders and delivers committed changes.</li>
 * <li>U4 — It recovers by itself: a lost listening connection is tried again after 1 s, doubling to 30 s, and once
 * back every page of the replica reloads what it shows; a browser whose stream comes back (it was offline, the
 * replica restarted) does the same. <i>Why:</i> a missed change must not stay missed.</li>
 * <li>U5 — Bounded: at most {@code todo.live.max-streams} streams a replica and
 * {@code todo.live.max-streams-per-account} an account (503 beyond; the page then works as without JavaScript and
 * tries again after 2 s, doubling to a minute); a comment every 25 s keeps proxies from closing a quiet stream and finds browsers that
 * have gone. <i>Why:</i> a handful of clients opening streams must not exhaust a replica.</li>
 * <li>U6 — A stream lasts {@code todo.live.max-age} (5 minutes); the browser then opens it again within a second,
 * signed in again, and reloads what it shows. <i>Why:</i> a session signed out elsewhere, or a revoked API token,
 * must stop hearing of changes soon, and a stream holds no credential of its own to check again.</li>
 * </ol>
 * <h2>Does not</h2>
 * Send the changed rows (a page reloads its own view, which knows its filter, order and page); replay changes to a
 * page that was closed; tell of invitations (the invited person sees them at their next load).
 */
package app.todo.live;

/**
 * Sharing a list with other people, who see it or also change its tasks.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>H1 — The owner invites a user name ("Share list": "User name", "Can view" or "Can edit", "Invite"). A name that
 * no account has answers the same as one that does, and the invitation waits for whoever takes that name.
 * <i>Why:</i> sharing must not tell strangers who has an account.</li>
 * <li>H2 — The invited person sees "Invitations (N)", and "Accept" or "Decline" for each; accepted, the list is in
 * their "Lists" with its owner's name.</li>
 * <li>H3 — A viewer sees the tasks and no control that changes them; the server refuses such a change anyway (403 in
 * the API, a message on the page). An editor adds, ticks, edits, moves and deletes tasks, which stay the owner's and
 * count toward the owner's quota. <i>Why:</i> the quota bounds what one account's lists hold, whoever fills them.</li>
 * <li>H4 — Only the owner renames, sorts, deletes or shares the list, changes a member's role or removes them (403 to
 * a member); a member may "Leave list". Removed or gone, the list is not found for them.</li>
 * <li>H5 — At most 50 people a list, members and open invitations together; the Inbox is never shared.
 * <i>Why:</i> a list is a household's or a team's, not a broadcast.</li>
 * </ol>
 * <h2>Does not</h2>
 * Transfer a list to another owner; share a single task; notify by e-mail.
 */
package app.todo.sharing;

/**
 * Accounts: who sees which list. Signing up, in and out ({@code SignInPage}, or HTTP Basic), changing the password,
 * sessions kept in the database, API tokens, and their guards: sign-in throttle, hashing bulkhead, sign-up rate, forgery check.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>A1 — A user name has 3 to 40 letters (any script), digits, ".", "-" or "_"; case does not tell two apart.
 * <i>Why:</i> "Alice" and "alice" are one person, not an account and its impostor.</li>
 * <li>A2 — A password has 12 to 256 characters, is not among the 3,200 common ones shipped, and is typed twice alike;
 * each refusal is said on its field, nothing stored. <i>Why:</i> length makes it strong; common ones fall first.</li>
 * <li>A3 — A password is stored only as a salted Argon2id hash (7 MiB, 5 passes: OWASP's settings), never in clear;
 * a hash of the PBKDF2 era (PBKDF2-HMAC-SHA512, 210,000 iterations) still signs in and is then replaced by Argon2id.
 * <i>Why:</i> a copy of the table gives no password cheaply, and a sign-in costs 0.12 s of a core, not 0.7 s.</li>
 * <li>A4 — An unknown name and a wrong password get the same answer after the same hashing (one verification of each
 * kind of hash still stored): "The user name or password is wrong". <i>Why:</i> no one learns which names exist, nor
 * which accounts still hold a hash of before.</li>
 * <li>A5 — After 5 failed sign-ins for a name or 20 from an address in 15 minutes, the right password waits too (the
 * page says how long, the API answers 429); a wrong current password counts. <i>Why:</i> guessing stays slow.</li>
 * <li>A6 — At most 2 passwords are hashed at once ({@code HashingBulkhead}); a sign-in, creation or change beyond
 * its queue is refused at once, 503 with Retry-After. <i>Why:</i> a few clients cannot take every core.</li>
 * <li>A7 — At most 5 accounts an hour from one client address (and 300 for everyone): beyond, 429 and "try again in
 * N minutes", nothing stored. <i>Why:</i> a script cannot spend the CPU and fill the database with accounts.</li>
 * <li>A8 — A stranger gets the sign-in page, the API 401 with a Basic challenge; signing up or in (with or without
 * JavaScript, or by HTTP Basic) leads to one's own list. <i>Why:</i> nothing shows before sign-in.</li>
 * <li>A9 — A session lives in the database: the HttpOnly cookie {@code todo_session} holds a random token, the
 * table only its SHA-256; every replica honours it. <i>Why:</i> no sticky sessions; a copy signs nobody in.</li>
 * <li>A10 — A session ends at sign-out (back and reload show the sign-in page), after 12 h unused, 7 days after it
 * began, and when the password changes. <i>Why:</i> a lost browser or an old password gives no lasting way in.</li>
 * <li>A11 — Only this site's pages change anything: a post from another origin or cross-site is 403, a form without
 * the session's form token too, a GET carrying a form 400. <i>Why:</i> no other site acts with one's cookie.</li>
 * <li>A12 — Tasks stored before accounts existed go to the first account only (its Inbox: the task feature observes
 * {@code AccountCreated}). <i>Why:</i> an upgrade loses none.</li>
 * <li>A13 — An account has a time zone: the browser's at sign-up where JavaScript runs, else UTC; the settings page
 * changes it (any region name the JDK knows, nothing else). <i>Why:</i> "today" at 23:30 in Tokyo is Tokyo's
 * today.</li>
 * <li>A14 — A script signs in with a personal API token ({@code Authorization: Bearer tdo_…}, the API only), made on
 * the page "API tokens" with a name, an access and an expiry (30 days, 90 days, 1 year, never), shown once and kept
 * as a SHA-256; at most 50 per account. A token is looked up on each request: "Revoke" or expiry ends it at once on
 * every replica; an unknown one is 401 {@code invalid_token}. <i>Why:</i> a script should not hold the password, and
 * a password check costs a tenth of a second of CPU and 7 MiB where a hash lookup costs microseconds.</li>
 * <li>A15 — A "Read only" token reads and changes nothing: any other method than GET, HEAD or OPTIONS is 403
 * {@code insufficient_scope}, before the request reaches the API. <i>Why:</i> a dashboard or a backup script needs
 * no power to delete.</li>
 * </ol>
 * <h2>Entities</h2>
 * <ul>
 * <li>{@link app.todo.account.entity.Account Account} — a name, its case-free key, the password's hash and the time
 * zone.</li>
 * <li>{@link app.todo.account.entity.AccountCreated AccountCreated} — the event other features set a new account up
 * by.</li>
 * <li>{@link app.todo.account.entity.AccountSession AccountSession} — a signed-in browser, by its token's hash.</li>
 * <li>{@link app.todo.account.entity.ApiToken ApiToken} — a script's credential (A14), by its hash, with its
 * {@link app.todo.account.entity.TokenLifetime TokenLifetime}.</li>
 * <li>{@link app.todo.account.entity.SignInFailure SignInFailure} — one failed sign-in, kept for the throttle.</li>
 * <li>{@link app.todo.account.entity.SignedIn SignedIn} — who a request comes from, with the form token.</li>
 * <li>{@link app.todo.account.entity.SignInOutcome SignInOutcome} — accepted, refused, throttled or busy.</li>
 * <li>{@link app.todo.account.entity.AccountRefusedException AccountRefusedException} (A1, A2),
 * {@link app.todo.account.entity.HashingBusyException HashingBusyException} (A6),
 * {@link app.todo.account.entity.SignUpsThrottledException SignUpsThrottledException} (A7) — the refusals.</li>
 * </ul>
 * <h2>Does not</h2>
 * Reset a forgotten password (it knows no e-mail address); delete an account; share a list; have roles or an
 * administrator; sign in through another provider; lock an account (it only makes attempts wait).
 */
package app.todo.account;

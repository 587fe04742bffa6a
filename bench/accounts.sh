# Sourced by bench/run.sh and bench/profile.sh: the to-do figures are a signed-in person's. An account made
# through the create-account form, as a browser at the service's address posts it.
BENCH_ACCOUNT=bench-account BENCH_PASSWORD='bench passphrase, long enough'
BENCH_OWNER="(SELECT id FROM account WHERE name_key = '$BENCH_ACCOUNT')"
# Its Inbox, for rows inserted directly; and the counts the service keeps where tasks change, made right after them.
BENCH_INBOX="(SELECT id FROM task_list WHERE inbox AND owner_id = $BENCH_OWNER)"
RECOUNT="UPDATE task_list SET open_count = (SELECT COUNT(*) FROM task t WHERE t.list_id = task_list.id AND NOT t.done); UPDATE account SET task_count = (SELECT COUNT(*) FROM task t WHERE t.owner_id = account.id)"

# The to-do's limits lifted for the bench (what is measured is the work, not them), its sign-ups included.
BENCH_TODO_LIMITS=(TODO_MAX_TASKS_PER_ACCOUNT=10000000 TODO_ADDS_PER_MINUTE=1000000000 TODO_LIVE_MAX_STREAMS_PER_ACCOUNT=200
    TODO_SIGN_UPS_PER_ADDRESS_PER_HOUR=1000000 TODO_SIGN_UPS_PER_HOUR=1000000)

# account_form BASE-URL PAGE [curl args...] -> the headers of the form's answer
account_form() {
    local base=$1 page=$2; shift 2
    curl -sS -o /dev/null -D - -H "Origin: $base" --data-urlencode account=account \
        --data-urlencode "account:name=$BENCH_ACCOUNT" --data-urlencode "account:password=$BENCH_PASSWORD" \
        --data-urlencode jakarta.faces.ViewState=stateless --data-urlencode "account:submit=go" "$@" "$base/$page"
}
# the session token in those headers
session_of() { tr -d '\r' | sed -n 's/^Set-Cookie: todo_session=\([^;]\+\);.*/\1/p' | head -n 1; }
# bench_account BASE-URL -> a session of a fresh bench account (the caller has deleted the old one)
bench_account() { account_form "$1" signup.xhtml --data-urlencode "account:repeat=$BENCH_PASSWORD" | session_of; }
# bench_accounts BASE-URL N -> sessions of N fresh accounts (bench-account-1 ... N), one a line, for the adds over
# many accounts; the caller has deleted the old ones (name_key LIKE 'bench-account-%')
bench_accounts() {
    local i
    for i in $(seq 1 "$2"); do
        BENCH_ACCOUNT=bench-account-$i account_form "$1" signup.xhtml --data-urlencode "account:repeat=$BENCH_PASSWORD" | session_of
    done
}

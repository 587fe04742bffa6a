-- Every request with the session cookie of the bench's account (TODO_SESSION), as a signed-in browser sends it.
wrk.headers["Cookie"] = "todo_session=" .. os.getenv("TODO_SESSION")

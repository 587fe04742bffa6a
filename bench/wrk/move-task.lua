-- POST /api/tasks/{MOVE_TASK}/move, to the top of its list and to the bottom in turn (before MOVE_FIRST, after
-- MOVE_LAST), so that every request really moves it: one row updated each time (O2).
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "todo_session=" .. os.getenv("TODO_SESSION")

request = function()
  counter = counter + 1
  if counter % 2 == 0 then
    return wrk.format(nil, nil, nil, '{"before":' .. os.getenv("MOVE_FIRST") .. '}')
  end
  return wrk.format(nil, nil, nil, '{"after":' .. os.getenv("MOVE_LAST") .. '}')
end

-- POST /api/tasks with a new title each time.
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- Signed in as the bench's account (bench/run.sh), as the page's own calls are.
wrk.headers["Cookie"] = "todo_session=" .. os.getenv("TODO_SESSION")

request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, '{"title":"Benchmark task ' .. counter .. '"}')
end

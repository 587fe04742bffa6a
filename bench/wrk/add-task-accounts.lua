-- POST /api/tasks with a new title each time, each request as the next of the accounts whose session cookies
-- TODO_SESSIONS lists (space-separated): adds spread over many people, each person's bound counted apart.
local counter = 0
local sessions = {}
for session in string.gmatch(os.getenv("TODO_SESSIONS"), "%S+") do
  table.insert(sessions, session)
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  local headers = { ["Content-Type"] = "application/json",
                    ["Cookie"] = "todo_session=" .. sessions[counter % #sessions + 1] }
  return wrk.format("POST", nil, headers, '{"title":"Benchmark task ' .. counter .. '"}')
end

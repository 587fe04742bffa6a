-- POST /api/tasks with a new title each time.
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, '{"title":"Benchmark task ' .. counter .. '"}')
end

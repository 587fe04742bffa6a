-- The same CITIES cities (bench/run.sh fetched them all first) in turn: every request is a cache hit, of a
-- different entry each time, so that a data grid's hits spread over its members' partitions as real ones do.
local letters = "abcdefghijklmnopqrstuvwxyz"
local cities = tonumber(os.getenv("CITIES") or "200")
local counter = 0

local function name(n)
  local s = ""
  repeat
    local r = n % 26
    s = letters:sub(r + 1, r + 1) .. s
    n = math.floor(n / 26)
  until n == 0
  return s
end

setup = function(thread)
  counter = math.random(0, cities - 1)
end

request = function()
  counter = counter + 1
  return wrk.format("GET", "/weather/?city=Grid%20" .. name(counter % cities))
end

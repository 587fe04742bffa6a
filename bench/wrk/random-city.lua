-- A city never asked before on every request: each one misses the cache (geocoding and forecast upstream).
local letters = "abcdefghijklmnopqrstuvwxyz"
local counter = 0
local thread_id = 0

setup = function(thread)
  thread_id = thread_id + 1
  thread:set("prefix", string.char(96 + thread_id) .. string.char(96 + math.random(1, 26)))
end

local function name(n)
  local s = ""
  repeat
    local r = n % 26
    s = letters:sub(r + 1, r + 1) .. s
    n = math.floor(n / 26)
  until n == 0
  return s
end

request = function()
  counter = counter + 1
  return wrk.format("GET", "/weather/?city=Bench%20" .. prefix .. name(counter + math.random(0, 1000000000)))
end

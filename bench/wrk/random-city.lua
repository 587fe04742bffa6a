-- A city never asked before on every request: each one misses the cache (geocoding and forecast upstream).
package.path = "bench/wrk/?.lua;" .. package.path
local name = require("city-name")
local counter = 0
local thread_id = 0

setup = function(thread)
  thread_id = thread_id + 1
  thread:set("prefix", string.char(96 + thread_id) .. string.char(96 + math.random(1, 26)))
end

request = function()
  counter = counter + 1
  return wrk.format("GET", "/weather/?city=Bench%20" .. prefix .. name(counter + math.random(0, 1000000000)))
end
